/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage
 * @generated
 */
public interface AppraiseFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AppraiseFactory eINSTANCE = org.appraise.model.internal.impl.AppraiseFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review</em>'.
	 * @generated
	 */
	Review createReview();

	/**
	 * Returns a new object of class '<em>Certainty Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certainty Assessment</em>'.
	 * @generated
	 */
	CertaintyAssessment createCertaintyAssessment();

	/**
	 * Returns a new object of class '<em>Certainty Rating</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Certainty Rating</em>'.
	 * @generated
	 */
	CertaintyRating createCertaintyRating();

	/**
	 * Returns a new object of class '<em>Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Analysis</em>'.
	 * @generated
	 */
	Analysis createAnalysis();

	/**
	 * Returns a new object of class '<em>Analysis Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Analysis Comparison</em>'.
	 * @generated
	 */
	AnalysisComparison createAnalysisComparison();

	/**
	 * Returns a new object of class '<em>Analysis Exclusion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Analysis Exclusion</em>'.
	 * @generated
	 */
	AnalysisExclusion createAnalysisExclusion();

	/**
	 * Returns a new object of class '<em>Review Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Question</em>'.
	 * @generated
	 */
	ReviewQuestion createReviewQuestion();

	/**
	 * Returns a new object of class '<em>Eligibility Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Eligibility Criterion</em>'.
	 * @generated
	 */
	EligibilityCriterion createEligibilityCriterion();

	/**
	 * Returns a new object of class '<em>Outcome Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outcome Definition</em>'.
	 * @generated
	 */
	OutcomeDefinition createOutcomeDefinition();

	/**
	 * Returns a new object of class '<em>Reviewer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reviewer</em>'.
	 * @generated
	 */
	Reviewer createReviewer();

	/**
	 * Returns a new object of class '<em>Exclusion Reason</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exclusion Reason</em>'.
	 * @generated
	 */
	ExclusionReason createExclusionReason();

	/**
	 * Returns a new object of class '<em>Import Batch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Import Batch</em>'.
	 * @generated
	 */
	ImportBatch createImportBatch();

	/**
	 * Returns a new object of class '<em>Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference</em>'.
	 * @generated
	 */
	Reference createReference();

	/**
	 * Returns a new object of class '<em>Record Field</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Record Field</em>'.
	 * @generated
	 */
	RecordField createRecordField();

	/**
	 * Returns a new object of class '<em>Screening Log</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Screening Log</em>'.
	 * @generated
	 */
	ScreeningLog createScreeningLog();

	/**
	 * Returns a new object of class '<em>Screening Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Screening Decision</em>'.
	 * @generated
	 */
	ScreeningDecision createScreeningDecision();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Report</em>'.
	 * @generated
	 */
	Report createReport();

	/**
	 * Returns a new object of class '<em>Extraction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Extraction</em>'.
	 * @generated
	 */
	Extraction createExtraction();

	/**
	 * Returns a new object of class '<em>Consensus Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consensus Decision</em>'.
	 * @generated
	 */
	ConsensusDecision createConsensusDecision();

	/**
	 * Returns a new object of class '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Annotation</em>'.
	 * @generated
	 */
	Annotation createAnnotation();

	/**
	 * Returns a new object of class '<em>Characteristic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Characteristic</em>'.
	 * @generated
	 */
	Characteristic createCharacteristic();

	/**
	 * Returns a new object of class '<em>Pico Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pico Element</em>'.
	 * @generated
	 */
	PicoElement createPicoElement();

	/**
	 * Returns a new object of class '<em>Arm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Arm</em>'.
	 * @generated
	 */
	Arm createArm();

	/**
	 * Returns a new object of class '<em>Group Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Size</em>'.
	 * @generated
	 */
	GroupSize createGroupSize();

	/**
	 * Returns a new object of class '<em>Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Value</em>'.
	 * @generated
	 */
	Value createValue();

	/**
	 * Returns a new object of class '<em>Outcome Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outcome Measurement</em>'.
	 * @generated
	 */
	OutcomeMeasurement createOutcomeMeasurement();

	/**
	 * Returns a new object of class '<em>Dichotomous Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dichotomous Result</em>'.
	 * @generated
	 */
	DichotomousResult createDichotomousResult();

	/**
	 * Returns a new object of class '<em>Continuous Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Continuous Result</em>'.
	 * @generated
	 */
	ContinuousResult createContinuousResult();

	/**
	 * Returns a new object of class '<em>Median Time To Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Median Time To Event</em>'.
	 * @generated
	 */
	MedianTimeToEvent createMedianTimeToEvent();

	/**
	 * Returns a new object of class '<em>Hazard Ratio</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hazard Ratio</em>'.
	 * @generated
	 */
	HazardRatio createHazardRatio();

	/**
	 * Returns a new object of class '<em>Risk Of Bias Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk Of Bias Assessment</em>'.
	 * @generated
	 */
	RiskOfBiasAssessment createRiskOfBiasAssessment();

	/**
	 * Returns a new object of class '<em>Signalling Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signalling Answer</em>'.
	 * @generated
	 */
	SignallingAnswer createSignallingAnswer();

	/**
	 * Returns a new object of class '<em>Domain Judgement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Domain Judgement</em>'.
	 * @generated
	 */
	DomainJudgement createDomainJudgement();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AppraisePackage getAppraisePackage();

} //AppraiseFactory
