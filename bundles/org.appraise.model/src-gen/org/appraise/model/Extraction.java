/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extraction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One reviewer's coding of one study (or the consensus of several): stored in a file of its own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Extraction#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getStatus <em>Status</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getDesign <em>Design</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getDesignSources <em>Design Sources</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getPico <em>Pico</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getArms <em>Arms</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.appraise.model.Extraction#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getExtraction()
 * @model
 * @generated
 */
public interface Extraction extends Identified {
	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Reviewer)
	 * @see org.appraise.model.AppraisePackage#getExtraction_Reviewer()
	 * @model
	 * @generated
	 */
	Reviewer getReviewer();

	/**
	 * Sets the value of the '{@link org.appraise.model.Extraction#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Reviewer value);

	/**
	 * Returns the value of the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consensus</em>' attribute.
	 * @see #setConsensus(boolean)
	 * @see org.appraise.model.AppraisePackage#getExtraction_Consensus()
	 * @model
	 * @generated
	 */
	boolean isConsensus();

	/**
	 * Sets the value of the '{@link org.appraise.model.Extraction#isConsensus <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consensus</em>' attribute.
	 * @see #isConsensus()
	 * @generated
	 */
	void setConsensus(boolean value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.ExtractionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.appraise.model.ExtractionStatus
	 * @see #setStatus(ExtractionStatus)
	 * @see org.appraise.model.AppraisePackage#getExtraction_Status()
	 * @model
	 * @generated
	 */
	ExtractionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.appraise.model.Extraction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.appraise.model.ExtractionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ExtractionStatus value);

	/**
	 * Returns the value of the '<em><b>Design</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.StudyDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Design</em>' attribute.
	 * @see org.appraise.model.StudyDesign
	 * @see #setDesign(StudyDesign)
	 * @see org.appraise.model.AppraisePackage#getExtraction_Design()
	 * @model
	 * @generated
	 */
	StudyDesign getDesign();

	/**
	 * Sets the value of the '{@link org.appraise.model.Extraction#getDesign <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' attribute.
	 * @see org.appraise.model.StudyDesign
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(StudyDesign value);

	/**
	 * Returns the value of the '<em><b>Design Sources</b></em>' reference list.
	 * The list contents are of type {@link org.appraise.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quotes that support the design chosen ("a retrospective study").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Design Sources</em>' reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_DesignSources()
	 * @model
	 * @generated
	 */
	EList<Annotation> getDesignSources();

	/**
	 * Returns the value of the '<em><b>Characteristics</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Characteristic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Characteristics</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_Characteristics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Characteristic> getCharacteristics();

	/**
	 * Returns the value of the '<em><b>Pico</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.PicoElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pico</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_Pico()
	 * @model containment="true"
	 * @generated
	 */
	EList<PicoElement> getPico();

	/**
	 * Returns the value of the '<em><b>Arms</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Arm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arms</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_Arms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Arm> getArms();

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.OutcomeMeasurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutcomeMeasurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.RiskOfBiasAssessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<RiskOfBiasAssessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.appraise.model.AppraisePackage#getExtraction_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.appraise.model.Extraction#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.ConsensusDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a consensus extraction: how each disagreement between the reviewers was settled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getExtraction_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConsensusDecision> getDecisions();

} // Extraction
