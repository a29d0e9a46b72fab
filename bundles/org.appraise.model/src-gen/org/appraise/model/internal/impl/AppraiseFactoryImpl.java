/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import org.appraise.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AppraiseFactoryImpl extends EFactoryImpl implements AppraiseFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AppraiseFactory init() {
		try {
			AppraiseFactory theAppraiseFactory = (AppraiseFactory)EPackage.Registry.INSTANCE.getEFactory(AppraisePackage.eNS_URI);
			if (theAppraiseFactory != null) {
				return theAppraiseFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AppraiseFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppraiseFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case AppraisePackage.REVIEW: return createReview();
			case AppraisePackage.CERTAINTY_ASSESSMENT: return createCertaintyAssessment();
			case AppraisePackage.CERTAINTY_RATING: return createCertaintyRating();
			case AppraisePackage.ANALYSIS: return createAnalysis();
			case AppraisePackage.ANALYSIS_COMPARISON: return createAnalysisComparison();
			case AppraisePackage.ANALYSIS_EXCLUSION: return createAnalysisExclusion();
			case AppraisePackage.REVIEW_QUESTION: return createReviewQuestion();
			case AppraisePackage.ELIGIBILITY_CRITERION: return createEligibilityCriterion();
			case AppraisePackage.OUTCOME_DEFINITION: return createOutcomeDefinition();
			case AppraisePackage.REVIEWER: return createReviewer();
			case AppraisePackage.EXCLUSION_REASON: return createExclusionReason();
			case AppraisePackage.IMPORT_BATCH: return createImportBatch();
			case AppraisePackage.REFERENCE: return createReference();
			case AppraisePackage.RECORD_FIELD: return createRecordField();
			case AppraisePackage.SCREENING_LOG: return createScreeningLog();
			case AppraisePackage.SCREENING_DECISION: return createScreeningDecision();
			case AppraisePackage.STUDY: return createStudy();
			case AppraisePackage.REPORT: return createReport();
			case AppraisePackage.EXTRACTION: return createExtraction();
			case AppraisePackage.CONSENSUS_DECISION: return createConsensusDecision();
			case AppraisePackage.ANNOTATION: return createAnnotation();
			case AppraisePackage.CHARACTERISTIC: return createCharacteristic();
			case AppraisePackage.PICO_ELEMENT: return createPicoElement();
			case AppraisePackage.ARM: return createArm();
			case AppraisePackage.GROUP_SIZE: return createGroupSize();
			case AppraisePackage.VALUE: return createValue();
			case AppraisePackage.OUTCOME_MEASUREMENT: return createOutcomeMeasurement();
			case AppraisePackage.DICHOTOMOUS_RESULT: return createDichotomousResult();
			case AppraisePackage.CONTINUOUS_RESULT: return createContinuousResult();
			case AppraisePackage.MEDIAN_TIME_TO_EVENT: return createMedianTimeToEvent();
			case AppraisePackage.HAZARD_RATIO: return createHazardRatio();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT: return createRiskOfBiasAssessment();
			case AppraisePackage.SIGNALLING_ANSWER: return createSignallingAnswer();
			case AppraisePackage.DOMAIN_JUDGEMENT: return createDomainJudgement();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case AppraisePackage.REVIEWER_ROLE:
				return createReviewerRoleFromString(eDataType, initialValue);
			case AppraisePackage.STUDY_DESIGN:
				return createStudyDesignFromString(eDataType, initialValue);
			case AppraisePackage.REPORT_KIND:
				return createReportKindFromString(eDataType, initialValue);
			case AppraisePackage.PICO_KIND:
				return createPicoKindFromString(eDataType, initialValue);
			case AppraisePackage.CRITERION_KIND:
				return createCriterionKindFromString(eDataType, initialValue);
			case AppraisePackage.CHARACTERISTIC_KIND:
				return createCharacteristicKindFromString(eDataType, initialValue);
			case AppraisePackage.SCREENING_STAGE:
				return createScreeningStageFromString(eDataType, initialValue);
			case AppraisePackage.VERDICT:
				return createVerdictFromString(eDataType, initialValue);
			case AppraisePackage.EXTRACTION_STATUS:
				return createExtractionStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case AppraisePackage.REVIEWER_ROLE:
				return convertReviewerRoleToString(eDataType, instanceValue);
			case AppraisePackage.STUDY_DESIGN:
				return convertStudyDesignToString(eDataType, instanceValue);
			case AppraisePackage.REPORT_KIND:
				return convertReportKindToString(eDataType, instanceValue);
			case AppraisePackage.PICO_KIND:
				return convertPicoKindToString(eDataType, instanceValue);
			case AppraisePackage.CRITERION_KIND:
				return convertCriterionKindToString(eDataType, instanceValue);
			case AppraisePackage.CHARACTERISTIC_KIND:
				return convertCharacteristicKindToString(eDataType, instanceValue);
			case AppraisePackage.SCREENING_STAGE:
				return convertScreeningStageToString(eDataType, instanceValue);
			case AppraisePackage.VERDICT:
				return convertVerdictToString(eDataType, instanceValue);
			case AppraisePackage.EXTRACTION_STATUS:
				return convertExtractionStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Review createReview() {
		ReviewImpl review = new ReviewImpl();
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertaintyAssessment createCertaintyAssessment() {
		CertaintyAssessmentImpl certaintyAssessment = new CertaintyAssessmentImpl();
		return certaintyAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertaintyRating createCertaintyRating() {
		CertaintyRatingImpl certaintyRating = new CertaintyRatingImpl();
		return certaintyRating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Analysis createAnalysis() {
		AnalysisImpl analysis = new AnalysisImpl();
		return analysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisComparison createAnalysisComparison() {
		AnalysisComparisonImpl analysisComparison = new AnalysisComparisonImpl();
		return analysisComparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisExclusion createAnalysisExclusion() {
		AnalysisExclusionImpl analysisExclusion = new AnalysisExclusionImpl();
		return analysisExclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewQuestion createReviewQuestion() {
		ReviewQuestionImpl reviewQuestion = new ReviewQuestionImpl();
		return reviewQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EligibilityCriterion createEligibilityCriterion() {
		EligibilityCriterionImpl eligibilityCriterion = new EligibilityCriterionImpl();
		return eligibilityCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeDefinition createOutcomeDefinition() {
		OutcomeDefinitionImpl outcomeDefinition = new OutcomeDefinitionImpl();
		return outcomeDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reviewer createReviewer() {
		ReviewerImpl reviewer = new ReviewerImpl();
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExclusionReason createExclusionReason() {
		ExclusionReasonImpl exclusionReason = new ExclusionReasonImpl();
		return exclusionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportBatch createImportBatch() {
		ImportBatchImpl importBatch = new ImportBatchImpl();
		return importBatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reference createReference() {
		ReferenceImpl reference = new ReferenceImpl();
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordField createRecordField() {
		RecordFieldImpl recordField = new RecordFieldImpl();
		return recordField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreeningLog createScreeningLog() {
		ScreeningLogImpl screeningLog = new ScreeningLogImpl();
		return screeningLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreeningDecision createScreeningDecision() {
		ScreeningDecisionImpl screeningDecision = new ScreeningDecisionImpl();
		return screeningDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Report createReport() {
		ReportImpl report = new ReportImpl();
		return report;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Extraction createExtraction() {
		ExtractionImpl extraction = new ExtractionImpl();
		return extraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusDecision createConsensusDecision() {
		ConsensusDecisionImpl consensusDecision = new ConsensusDecisionImpl();
		return consensusDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotation createAnnotation() {
		AnnotationImpl annotation = new AnnotationImpl();
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Characteristic createCharacteristic() {
		CharacteristicImpl characteristic = new CharacteristicImpl();
		return characteristic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PicoElement createPicoElement() {
		PicoElementImpl picoElement = new PicoElementImpl();
		return picoElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm createArm() {
		ArmImpl arm = new ArmImpl();
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupSize createGroupSize() {
		GroupSizeImpl groupSize = new GroupSizeImpl();
		return groupSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value createValue() {
		ValueImpl value = new ValueImpl();
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeMeasurement createOutcomeMeasurement() {
		OutcomeMeasurementImpl outcomeMeasurement = new OutcomeMeasurementImpl();
		return outcomeMeasurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DichotomousResult createDichotomousResult() {
		DichotomousResultImpl dichotomousResult = new DichotomousResultImpl();
		return dichotomousResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContinuousResult createContinuousResult() {
		ContinuousResultImpl continuousResult = new ContinuousResultImpl();
		return continuousResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MedianTimeToEvent createMedianTimeToEvent() {
		MedianTimeToEventImpl medianTimeToEvent = new MedianTimeToEventImpl();
		return medianTimeToEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HazardRatio createHazardRatio() {
		HazardRatioImpl hazardRatio = new HazardRatioImpl();
		return hazardRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskOfBiasAssessment createRiskOfBiasAssessment() {
		RiskOfBiasAssessmentImpl riskOfBiasAssessment = new RiskOfBiasAssessmentImpl();
		return riskOfBiasAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignallingAnswer createSignallingAnswer() {
		SignallingAnswerImpl signallingAnswer = new SignallingAnswerImpl();
		return signallingAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainJudgement createDomainJudgement() {
		DomainJudgementImpl domainJudgement = new DomainJudgementImpl();
		return domainJudgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewerRole createReviewerRoleFromString(EDataType eDataType, String initialValue) {
		ReviewerRole result = ReviewerRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewerRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyDesign createStudyDesignFromString(EDataType eDataType, String initialValue) {
		StudyDesign result = StudyDesign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyDesignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportKind createReportKindFromString(EDataType eDataType, String initialValue) {
		ReportKind result = ReportKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReportKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PicoKind createPicoKindFromString(EDataType eDataType, String initialValue) {
		PicoKind result = PicoKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPicoKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriterionKind createCriterionKindFromString(EDataType eDataType, String initialValue) {
		CriterionKind result = CriterionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriterionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CharacteristicKind createCharacteristicKindFromString(EDataType eDataType, String initialValue) {
		CharacteristicKind result = CharacteristicKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCharacteristicKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreeningStage createScreeningStageFromString(EDataType eDataType, String initialValue) {
		ScreeningStage result = ScreeningStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreeningStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verdict createVerdictFromString(EDataType eDataType, String initialValue) {
		Verdict result = Verdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExtractionStatus createExtractionStatusFromString(EDataType eDataType, String initialValue) {
		ExtractionStatus result = ExtractionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExtractionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppraisePackage getAppraisePackage() {
		return (AppraisePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AppraisePackage getPackage() {
		return AppraisePackage.eINSTANCE;
	}

} //AppraiseFactoryImpl
