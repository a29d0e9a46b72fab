/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A systematic review: its question, methods, people, records and studies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Review#getTitle <em>Title</em>}</li>
 *   <li>{@link org.appraise.model.Review#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.appraise.model.Review#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.appraise.model.Review#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.appraise.model.Review#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link org.appraise.model.Review#getRiskOfBiasTools <em>Risk Of Bias Tools</em>}</li>
 *   <li>{@link org.appraise.model.Review#isSingleScreening <em>Single Screening</em>}</li>
 *   <li>{@link org.appraise.model.Review#getExclusionReasons <em>Exclusion Reasons</em>}</li>
 *   <li>{@link org.appraise.model.Review#getImportBatches <em>Import Batches</em>}</li>
 *   <li>{@link org.appraise.model.Review#getReferences <em>References</em>}</li>
 *   <li>{@link org.appraise.model.Review#getScreening <em>Screening</em>}</li>
 *   <li>{@link org.appraise.model.Review#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.appraise.model.Review#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.appraise.model.Review#getCertainty <em>Certainty</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getReview()
 * @model
 * @generated
 */
public interface Review extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.appraise.model.AppraisePackage#getReview_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.appraise.model.Review#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' containment reference.
	 * @see #setQuestion(ReviewQuestion)
	 * @see org.appraise.model.AppraisePackage#getReview_Question()
	 * @model containment="true"
	 * @generated
	 */
	ReviewQuestion getQuestion();

	/**
	 * Sets the value of the '{@link org.appraise.model.Review#getQuestion <em>Question</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' containment reference.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(ReviewQuestion value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.EligibilityCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<EligibilityCriterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.OutcomeDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutcomeDefinition> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Reviewers</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Reviewer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewers</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_Reviewers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reviewer> getReviewers();

	/**
	 * Returns the value of the '<em><b>Risk Of Bias Tools</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Of Bias Tools</em>' attribute list.
	 * @see org.appraise.model.AppraisePackage#getReview_RiskOfBiasTools()
	 * @model
	 * @generated
	 */
	EList<String> getRiskOfBiasTools();

	/**
	 * Returns the value of the '<em><b>Single Screening</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Single screening: one reviewer's decision on a record counts at once (a rapid review, or a team that shares the records out). False, the standard of a systematic review: two reviewers decide each record independently, and only their agreement or a resolution counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Single Screening</em>' attribute.
	 * @see #setSingleScreening(boolean)
	 * @see org.appraise.model.AppraisePackage#getReview_SingleScreening()
	 * @model
	 * @generated
	 */
	boolean isSingleScreening();

	/**
	 * Sets the value of the '{@link org.appraise.model.Review#isSingleScreening <em>Single Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Single Screening</em>' attribute.
	 * @see #isSingleScreening()
	 * @generated
	 */
	void setSingleScreening(boolean value);

	/**
	 * Returns the value of the '<em><b>Exclusion Reasons</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.ExclusionReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusion Reasons</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_ExclusionReasons()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExclusionReason> getExclusionReasons();

	/**
	 * Returns the value of the '<em><b>Import Batches</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.ImportBatch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Import Batches</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_ImportBatches()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImportBatch> getImportBatches();

	/**
	 * Returns the value of the '<em><b>References</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Reference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_References()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reference> getReferences();

	/**
	 * Returns the value of the '<em><b>Screening</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.ScreeningLog}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screening</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_Screening()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScreeningLog> getScreening();

	/**
	 * Returns the value of the '<em><b>Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Study}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Studies</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_Studies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Study> getStudies();

	/**
	 * Returns the value of the '<em><b>Analyses</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Analysis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analyses</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_Analyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Analysis> getAnalyses();

	/**
	 * Returns the value of the '<em><b>Certainty</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.CertaintyAssessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certainty</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReview_Certainty()
	 * @model containment="true"
	 * @generated
	 */
	EList<CertaintyAssessment> getCertainty();

} // Review
