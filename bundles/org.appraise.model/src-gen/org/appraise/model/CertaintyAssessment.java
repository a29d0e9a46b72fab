/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certainty Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One assessor's GRADE assessment of the certainty of the evidence for one outcome (a saved analysis, or an outcome summarised without pooling), or the assessors' consensus: the starting level with its reason, a rating per domain with its footnote, and what the Summary of Findings table needs besides (the assumed comparator risk with its source, the row's place, a comment).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getAnalysis <em>Analysis</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getRatings <em>Ratings</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getAssumedRisk <em>Assumed Risk</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getAssumedRiskSource <em>Assumed Risk Source</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getImprecisionThreshold <em>Imprecision Threshold</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getOptimalInformationSize <em>Optimal Information Size</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getOrder <em>Order</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyAssessment#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment()
 * @model
 * @generated
 */
public interface CertaintyAssessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Analysis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analysis</em>' reference.
	 * @see #setAnalysis(Analysis)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Analysis()
	 * @model
	 * @generated
	 */
	Analysis getAnalysis();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getAnalysis <em>Analysis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis</em>' reference.
	 * @see #getAnalysis()
	 * @generated
	 */
	void setAnalysis(Analysis value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(OutcomeDefinition)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Outcome()
	 * @model
	 * @generated
	 */
	OutcomeDefinition getOutcome();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(OutcomeDefinition value);

	/**
	 * Returns the value of the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessor</em>' attribute.
	 * @see #setAssessor(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Assessor()
	 * @model
	 * @generated
	 */
	String getAssessor();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getAssessor <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor</em>' attribute.
	 * @see #getAssessor()
	 * @generated
	 */
	void setAssessor(String value);

	/**
	 * Returns the value of the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consensus</em>' attribute.
	 * @see #setConsensus(boolean)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Consensus()
	 * @model
	 * @generated
	 */
	boolean isConsensus();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#isConsensus <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consensus</em>' attribute.
	 * @see #isConsensus()
	 * @generated
	 */
	void setConsensus(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RANDOMISED, NON_RANDOMISED, or NON_RANDOMISED_ROBINS_I (non-randomised studies assessed with ROBINS-I, which start high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.CertaintyRating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratings</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Ratings()
	 * @model containment="true"
	 * @generated
	 */
	EList<CertaintyRating> getRatings();

	/**
	 * Returns the value of the '<em><b>Assumed Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stated assumed comparator risk (a proportion, 0 to 1); none: the median control-group risk of the analysis' studies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumed Risk</em>' attribute.
	 * @see #setAssumedRisk(BigDecimal)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_AssumedRisk()
	 * @model
	 * @generated
	 */
	BigDecimal getAssumedRisk();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getAssumedRisk <em>Assumed Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumed Risk</em>' attribute.
	 * @see #getAssumedRisk()
	 * @generated
	 */
	void setAssumedRisk(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Assumed Risk Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assumed Risk Source</em>' attribute.
	 * @see #setAssumedRiskSource(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_AssumedRiskSource()
	 * @model
	 * @generated
	 */
	String getAssumedRiskSource();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getAssumedRiskSource <em>Assumed Risk Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assumed Risk Source</em>' attribute.
	 * @see #getAssumedRiskSource()
	 * @generated
	 */
	void setAssumedRiskSource(String value);

	/**
	 * Returns the value of the '<em><b>Imprecision Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ratio (above 1) beyond which an effect is appreciable, in both directions (its inverse below 1); none: GRADE's 1.25.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imprecision Threshold</em>' attribute.
	 * @see #setImprecisionThreshold(BigDecimal)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_ImprecisionThreshold()
	 * @model
	 * @generated
	 */
	BigDecimal getImprecisionThreshold();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getImprecisionThreshold <em>Imprecision Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imprecision Threshold</em>' attribute.
	 * @see #getImprecisionThreshold()
	 * @generated
	 */
	void setImprecisionThreshold(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Optimal Information Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimal Information Size</em>' attribute.
	 * @see #setOptimalInformationSize(Integer)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_OptimalInformationSize()
	 * @model
	 * @generated
	 */
	Integer getOptimalInformationSize();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getOptimalInformationSize <em>Optimal Information Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimal Information Size</em>' attribute.
	 * @see #getOptimalInformationSize()
	 * @generated
	 */
	void setOptimalInformationSize(Integer value);

	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome's place in the Summary of Findings table (1 to 7); none: not in the table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(Integer)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Order()
	 * @model
	 * @generated
	 */
	Integer getOrder();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(Integer value);

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The effect in words, for an outcome summarised without pooling.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Narrative</em>' attribute.
	 * @see #setNarrative(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Narrative()
	 * @model
	 * @generated
	 */
	String getNarrative();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getNarrative <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Narrative</em>' attribute.
	 * @see #getNarrative()
	 * @generated
	 */
	void setNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyAssessment_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyAssessment#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // CertaintyAssessment
