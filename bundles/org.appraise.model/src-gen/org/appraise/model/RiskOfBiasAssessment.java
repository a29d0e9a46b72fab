/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Of Bias Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An assessment with a published risk-of-bias tool, of a study or (RoB 2, ROBINS-I) of one result.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getTool <em>Tool</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getMeasurement <em>Measurement</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getProposedOverall <em>Proposed Overall</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getOverall <em>Overall</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getOverallRationale <em>Overall Rationale</em>}</li>
 *   <li>{@link org.appraise.model.RiskOfBiasAssessment#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment()
 * @model
 * @generated
 */
public interface RiskOfBiasAssessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tool</em>' attribute.
	 * @see #setTool(String)
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_Tool()
	 * @model
	 * @generated
	 */
	String getTool();

	/**
	 * Sets the value of the '{@link org.appraise.model.RiskOfBiasAssessment#getTool <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool</em>' attribute.
	 * @see #getTool()
	 * @generated
	 */
	void setTool(String value);

	/**
	 * Returns the value of the '<em><b>Tool Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tool Version</em>' attribute.
	 * @see #setToolVersion(String)
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_ToolVersion()
	 * @model
	 * @generated
	 */
	String getToolVersion();

	/**
	 * Sets the value of the '{@link org.appraise.model.RiskOfBiasAssessment#getToolVersion <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool Version</em>' attribute.
	 * @see #getToolVersion()
	 * @generated
	 */
	void setToolVersion(String value);

	/**
	 * Returns the value of the '<em><b>Measurement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurement</em>' reference.
	 * @see #setMeasurement(OutcomeMeasurement)
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_Measurement()
	 * @model
	 * @generated
	 */
	OutcomeMeasurement getMeasurement();

	/**
	 * Sets the value of the '{@link org.appraise.model.RiskOfBiasAssessment#getMeasurement <em>Measurement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measurement</em>' reference.
	 * @see #getMeasurement()
	 * @generated
	 */
	void setMeasurement(OutcomeMeasurement value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.SignallingAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignallingAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.DomainJudgement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_Domains()
	 * @model containment="true"
	 * @generated
	 */
	EList<DomainJudgement> getDomains();

	/**
	 * Returns the value of the '<em><b>Proposed Overall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proposed Overall</em>' attribute.
	 * @see #setProposedOverall(String)
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_ProposedOverall()
	 * @model
	 * @generated
	 */
	String getProposedOverall();

	/**
	 * Sets the value of the '{@link org.appraise.model.RiskOfBiasAssessment#getProposedOverall <em>Proposed Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed Overall</em>' attribute.
	 * @see #getProposedOverall()
	 * @generated
	 */
	void setProposedOverall(String value);

	/**
	 * Returns the value of the '<em><b>Overall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overall</em>' attribute.
	 * @see #setOverall(String)
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_Overall()
	 * @model
	 * @generated
	 */
	String getOverall();

	/**
	 * Sets the value of the '{@link org.appraise.model.RiskOfBiasAssessment#getOverall <em>Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overall</em>' attribute.
	 * @see #getOverall()
	 * @generated
	 */
	void setOverall(String value);

	/**
	 * Returns the value of the '<em><b>Overall Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overall Rationale</em>' attribute.
	 * @see #setOverallRationale(String)
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_OverallRationale()
	 * @model
	 * @generated
	 */
	String getOverallRationale();

	/**
	 * Sets the value of the '{@link org.appraise.model.RiskOfBiasAssessment#getOverallRationale <em>Overall Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overall Rationale</em>' attribute.
	 * @see #getOverallRationale()
	 * @generated
	 */
	void setOverallRationale(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.appraise.model.AppraisePackage#getRiskOfBiasAssessment_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.appraise.model.RiskOfBiasAssessment#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // RiskOfBiasAssessment
