/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.util;

import org.appraise.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage
 * @generated
 */
public class AppraiseAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AppraisePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppraiseAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = AppraisePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppraiseSwitch<Adapter> modelSwitch =
		new AppraiseSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseReview(Review object) {
				return createReviewAdapter();
			}
			@Override
			public Adapter caseCertaintyAssessment(CertaintyAssessment object) {
				return createCertaintyAssessmentAdapter();
			}
			@Override
			public Adapter caseCertaintyRating(CertaintyRating object) {
				return createCertaintyRatingAdapter();
			}
			@Override
			public Adapter caseAnalysis(Analysis object) {
				return createAnalysisAdapter();
			}
			@Override
			public Adapter caseAnalysisComparison(AnalysisComparison object) {
				return createAnalysisComparisonAdapter();
			}
			@Override
			public Adapter caseAnalysisExclusion(AnalysisExclusion object) {
				return createAnalysisExclusionAdapter();
			}
			@Override
			public Adapter caseReviewQuestion(ReviewQuestion object) {
				return createReviewQuestionAdapter();
			}
			@Override
			public Adapter caseEligibilityCriterion(EligibilityCriterion object) {
				return createEligibilityCriterionAdapter();
			}
			@Override
			public Adapter caseOutcomeDefinition(OutcomeDefinition object) {
				return createOutcomeDefinitionAdapter();
			}
			@Override
			public Adapter caseReviewer(Reviewer object) {
				return createReviewerAdapter();
			}
			@Override
			public Adapter caseExclusionReason(ExclusionReason object) {
				return createExclusionReasonAdapter();
			}
			@Override
			public Adapter caseImportBatch(ImportBatch object) {
				return createImportBatchAdapter();
			}
			@Override
			public Adapter caseReference(Reference object) {
				return createReferenceAdapter();
			}
			@Override
			public Adapter caseRecordField(RecordField object) {
				return createRecordFieldAdapter();
			}
			@Override
			public Adapter caseScreeningLog(ScreeningLog object) {
				return createScreeningLogAdapter();
			}
			@Override
			public Adapter caseScreeningDecision(ScreeningDecision object) {
				return createScreeningDecisionAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseReport(Report object) {
				return createReportAdapter();
			}
			@Override
			public Adapter caseExtraction(Extraction object) {
				return createExtractionAdapter();
			}
			@Override
			public Adapter caseConsensusDecision(ConsensusDecision object) {
				return createConsensusDecisionAdapter();
			}
			@Override
			public Adapter caseAnnotation(Annotation object) {
				return createAnnotationAdapter();
			}
			@Override
			public Adapter caseCharacteristic(Characteristic object) {
				return createCharacteristicAdapter();
			}
			@Override
			public Adapter casePicoElement(PicoElement object) {
				return createPicoElementAdapter();
			}
			@Override
			public Adapter caseArm(Arm object) {
				return createArmAdapter();
			}
			@Override
			public Adapter caseGroupSize(GroupSize object) {
				return createGroupSizeAdapter();
			}
			@Override
			public Adapter caseValue(Value object) {
				return createValueAdapter();
			}
			@Override
			public Adapter caseOutcomeMeasurement(OutcomeMeasurement object) {
				return createOutcomeMeasurementAdapter();
			}
			@Override
			public Adapter caseResult(Result object) {
				return createResultAdapter();
			}
			@Override
			public Adapter caseArmResult(ArmResult object) {
				return createArmResultAdapter();
			}
			@Override
			public Adapter caseDichotomousResult(DichotomousResult object) {
				return createDichotomousResultAdapter();
			}
			@Override
			public Adapter caseContinuousResult(ContinuousResult object) {
				return createContinuousResultAdapter();
			}
			@Override
			public Adapter caseMedianTimeToEvent(MedianTimeToEvent object) {
				return createMedianTimeToEventAdapter();
			}
			@Override
			public Adapter caseHazardRatio(HazardRatio object) {
				return createHazardRatioAdapter();
			}
			@Override
			public Adapter caseRiskOfBiasAssessment(RiskOfBiasAssessment object) {
				return createRiskOfBiasAssessmentAdapter();
			}
			@Override
			public Adapter caseSignallingAnswer(SignallingAnswer object) {
				return createSignallingAnswerAdapter();
			}
			@Override
			public Adapter caseDomainJudgement(DomainJudgement object) {
				return createDomainJudgementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Review
	 * @generated
	 */
	public Adapter createReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.CertaintyAssessment <em>Certainty Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.CertaintyAssessment
	 * @generated
	 */
	public Adapter createCertaintyAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.CertaintyRating <em>Certainty Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.CertaintyRating
	 * @generated
	 */
	public Adapter createCertaintyRatingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Analysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Analysis
	 * @generated
	 */
	public Adapter createAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.AnalysisComparison <em>Analysis Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.AnalysisComparison
	 * @generated
	 */
	public Adapter createAnalysisComparisonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.AnalysisExclusion <em>Analysis Exclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.AnalysisExclusion
	 * @generated
	 */
	public Adapter createAnalysisExclusionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ReviewQuestion <em>Review Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ReviewQuestion
	 * @generated
	 */
	public Adapter createReviewQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.EligibilityCriterion <em>Eligibility Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.EligibilityCriterion
	 * @generated
	 */
	public Adapter createEligibilityCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.OutcomeDefinition <em>Outcome Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.OutcomeDefinition
	 * @generated
	 */
	public Adapter createOutcomeDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Reviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Reviewer
	 * @generated
	 */
	public Adapter createReviewerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ExclusionReason <em>Exclusion Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ExclusionReason
	 * @generated
	 */
	public Adapter createExclusionReasonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ImportBatch <em>Import Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ImportBatch
	 * @generated
	 */
	public Adapter createImportBatchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Reference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Reference
	 * @generated
	 */
	public Adapter createReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.RecordField <em>Record Field</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.RecordField
	 * @generated
	 */
	public Adapter createRecordFieldAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ScreeningLog <em>Screening Log</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ScreeningLog
	 * @generated
	 */
	public Adapter createScreeningLogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ScreeningDecision <em>Screening Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ScreeningDecision
	 * @generated
	 */
	public Adapter createScreeningDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Report
	 * @generated
	 */
	public Adapter createReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Extraction <em>Extraction</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Extraction
	 * @generated
	 */
	public Adapter createExtractionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ConsensusDecision <em>Consensus Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ConsensusDecision
	 * @generated
	 */
	public Adapter createConsensusDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Annotation
	 * @generated
	 */
	public Adapter createAnnotationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Characteristic <em>Characteristic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Characteristic
	 * @generated
	 */
	public Adapter createCharacteristicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.PicoElement <em>Pico Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.PicoElement
	 * @generated
	 */
	public Adapter createPicoElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Arm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Arm
	 * @generated
	 */
	public Adapter createArmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.GroupSize <em>Group Size</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.GroupSize
	 * @generated
	 */
	public Adapter createGroupSizeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Value <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Value
	 * @generated
	 */
	public Adapter createValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.OutcomeMeasurement <em>Outcome Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.OutcomeMeasurement
	 * @generated
	 */
	public Adapter createOutcomeMeasurementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.Result <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.Result
	 * @generated
	 */
	public Adapter createResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ArmResult <em>Arm Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ArmResult
	 * @generated
	 */
	public Adapter createArmResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.DichotomousResult <em>Dichotomous Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.DichotomousResult
	 * @generated
	 */
	public Adapter createDichotomousResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.ContinuousResult <em>Continuous Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.ContinuousResult
	 * @generated
	 */
	public Adapter createContinuousResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.MedianTimeToEvent <em>Median Time To Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.MedianTimeToEvent
	 * @generated
	 */
	public Adapter createMedianTimeToEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.HazardRatio <em>Hazard Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.HazardRatio
	 * @generated
	 */
	public Adapter createHazardRatioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.RiskOfBiasAssessment <em>Risk Of Bias Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.RiskOfBiasAssessment
	 * @generated
	 */
	public Adapter createRiskOfBiasAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.SignallingAnswer <em>Signalling Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.SignallingAnswer
	 * @generated
	 */
	public Adapter createSignallingAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.appraise.model.DomainJudgement <em>Domain Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.appraise.model.DomainJudgement
	 * @generated
	 */
	public Adapter createDomainJudgementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //AppraiseAdapterFactory
