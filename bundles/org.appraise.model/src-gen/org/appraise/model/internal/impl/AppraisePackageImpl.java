/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import org.appraise.model.Analysis;
import org.appraise.model.AnalysisComparison;
import org.appraise.model.AnalysisExclusion;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.CertaintyRating;
import org.appraise.model.Characteristic;
import org.appraise.model.CharacteristicKind;
import org.appraise.model.ConsensusDecision;
import org.appraise.model.ContinuousResult;
import org.appraise.model.CriterionKind;
import org.appraise.model.DichotomousResult;
import org.appraise.model.DomainJudgement;
import org.appraise.model.EligibilityCriterion;
import org.appraise.model.ExclusionReason;
import org.appraise.model.Extraction;
import org.appraise.model.ExtractionStatus;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.Identified;
import org.appraise.model.ImportBatch;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.PicoElement;
import org.appraise.model.PicoKind;
import org.appraise.model.RecordField;
import org.appraise.model.Reference;
import org.appraise.model.Report;
import org.appraise.model.ReportKind;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.ReviewQuestion;
import org.appraise.model.Reviewer;
import org.appraise.model.ReviewerRole;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningLog;
import org.appraise.model.ScreeningStage;
import org.appraise.model.SignallingAnswer;
import org.appraise.model.Study;
import org.appraise.model.StudyDesign;
import org.appraise.model.Value;
import org.appraise.model.Verdict;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AppraisePackageImpl extends EPackageImpl implements AppraisePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass certaintyAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass certaintyRatingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisComparisonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisExclusionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewQuestionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eligibilityCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass exclusionReasonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importBatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordFieldEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass screeningLogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass screeningDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extractionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consensusDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass characteristicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass picoElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass armEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupSizeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeMeasurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass armResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dichotomousResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass continuousResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass medianTimeToEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hazardRatioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskOfBiasAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signallingAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domainJudgementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewerRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum studyDesignEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reportKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum picoKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criterionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum characteristicKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screeningStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum extractionStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.appraise.model.AppraisePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private AppraisePackageImpl() {
		super(eNS_URI, AppraiseFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link AppraisePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static AppraisePackage init() {
		if (isInited) return (AppraisePackage)EPackage.Registry.INSTANCE.getEPackage(AppraisePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredAppraisePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		AppraisePackageImpl theAppraisePackage = registeredAppraisePackage instanceof AppraisePackageImpl ? (AppraisePackageImpl)registeredAppraisePackage : new AppraisePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theAppraisePackage.createPackageContents();

		// Initialize created meta-data
		theAppraisePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theAppraisePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(AppraisePackage.eNS_URI, theAppraisePackage);
		return theAppraisePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReview() {
		return reviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReview_Title() {
		return (EAttribute)reviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Question() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Criteria() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Outcomes() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Reviewers() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReview_RiskOfBiasTools() {
		return (EAttribute)reviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReview_SingleScreening() {
		return (EAttribute)reviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_ExclusionReasons() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_ImportBatches() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_References() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Screening() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Studies() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Analyses() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReview_Certainty() {
		return (EReference)reviewEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCertaintyAssessment() {
		return certaintyAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCertaintyAssessment_Analysis() {
		return (EReference)certaintyAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCertaintyAssessment_Outcome() {
		return (EReference)certaintyAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_Assessor() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_Consensus() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_Evidence() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCertaintyAssessment_Ratings() {
		return (EReference)certaintyAssessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_AssumedRisk() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_AssumedRiskSource() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_ImprecisionThreshold() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_OptimalInformationSize() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_Order() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_Narrative() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyAssessment_Comment() {
		return (EAttribute)certaintyAssessmentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCertaintyRating() {
		return certaintyRatingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyRating_Domain() {
		return (EAttribute)certaintyRatingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyRating_Rating() {
		return (EAttribute)certaintyRatingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertaintyRating_Footnote() {
		return (EAttribute)certaintyRatingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysis() {
		return analysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Name() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysis_Outcome() {
		return (EReference)analysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Criteria() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Population() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Timepoint() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Measure() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Method() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Knha() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_ZeroCells() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_ExperimentalName() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_ControlName() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysis_Exclusions() {
		return (EReference)analysisEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysis_Comparisons() {
		return (EReference)analysisEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_Subgroups() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_RiskOfBiasTool() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_I2Rule() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysis_LowerFavours() {
		return (EAttribute)analysisEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysisComparison() {
		return analysisComparisonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysisComparison_Study() {
		return (EReference)analysisComparisonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysisComparison_Experimental() {
		return (EReference)analysisComparisonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysisComparison_Control() {
		return (EReference)analysisComparisonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisComparison_Reason() {
		return (EAttribute)analysisComparisonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysisExclusion() {
		return analysisExclusionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysisExclusion_Study() {
		return (EReference)analysisExclusionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisExclusion_Reason() {
		return (EAttribute)analysisExclusionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewQuestion() {
		return reviewQuestionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewQuestion_Text() {
		return (EAttribute)reviewQuestionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewQuestion_Population() {
		return (EAttribute)reviewQuestionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewQuestion_Intervention() {
		return (EAttribute)reviewQuestionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewQuestion_Comparator() {
		return (EAttribute)reviewQuestionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewQuestion_Outcome() {
		return (EAttribute)reviewQuestionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewQuestion_StudyDesigns() {
		return (EAttribute)reviewQuestionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEligibilityCriterion() {
		return eligibilityCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Kind() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Element() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEligibilityCriterion_Text() {
		return (EAttribute)eligibilityCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcomeDefinition() {
		return outcomeDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Name() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Domain() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Measurement() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Metric() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Aggregation() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Timing() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Primary() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeDefinition_Notes() {
		return (EAttribute)outcomeDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewer() {
		return reviewerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewer_Name() {
		return (EAttribute)reviewerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewer_Role() {
		return (EAttribute)reviewerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExclusionReason() {
		return exclusionReasonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExclusionReason_Text() {
		return (EAttribute)exclusionReasonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExclusionReason_Stage() {
		return (EAttribute)exclusionReasonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportBatch() {
		return importBatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportBatch_File() {
		return (EAttribute)importBatchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportBatch_Format() {
		return (EAttribute)importBatchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportBatch_SourceDatabase() {
		return (EAttribute)importBatchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportBatch_ImportedAt() {
		return (EAttribute)importBatchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImportBatch_ImportedBy() {
		return (EReference)importBatchEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportBatch_RecordCount() {
		return (EAttribute)importBatchEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReference() {
		return referenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Authors() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Title() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Journal() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Year() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Volume() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Issue() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Pages() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Doi() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Pmid() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Abstract() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Keywords() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_SourceDatabase() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReference_Batch() {
		return (EReference)referenceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReference_DuplicateOf() {
		return (EReference)referenceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_RemovedBeforeScreening() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_RemovedByAutomation() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReference_Fields() {
		return (EReference)referenceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecordField() {
		return recordFieldEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordField_Tag() {
		return (EAttribute)recordFieldEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordField_Value() {
		return (EAttribute)recordFieldEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScreeningLog() {
		return screeningLogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScreeningLog_Reviewer() {
		return (EReference)screeningLogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningLog_Consensus() {
		return (EAttribute)screeningLogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScreeningLog_Decisions() {
		return (EReference)screeningLogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScreeningDecision() {
		return screeningDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScreeningDecision_Reference() {
		return (EReference)screeningDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningDecision_Stage() {
		return (EAttribute)screeningDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningDecision_Verdict() {
		return (EAttribute)screeningDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScreeningDecision_Reason() {
		return (EReference)screeningDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningDecision_Note() {
		return (EAttribute)screeningDecisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScreeningDecision_DecidedAt() {
		return (EAttribute)screeningDecisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Label() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_References() {
		return (EReference)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Reports() {
		return (EReference)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Extractions() {
		return (EReference)studyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReport() {
		return reportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_File() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_ContentHash() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Kind() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Title() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Citation() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Doi() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Licence() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Reference() {
		return (EReference)reportEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtraction() {
		return extractionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Reviewer() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtraction_Consensus() {
		return (EAttribute)extractionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtraction_Status() {
		return (EAttribute)extractionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtraction_Design() {
		return (EAttribute)extractionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_DesignSources() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Characteristics() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Pico() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Arms() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Measurements() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Assessments() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Annotations() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtraction_Notes() {
		return (EAttribute)extractionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtraction_Decisions() {
		return (EReference)extractionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsensusDecision() {
		return consensusDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusDecision_Group() {
		return (EAttribute)consensusDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusDecision_Field() {
		return (EAttribute)consensusDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsensusDecision_Taken() {
		return (EReference)consensusDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusDecision_Value() {
		return (EAttribute)consensusDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusDecision_Note() {
		return (EAttribute)consensusDecisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnotation() {
		return annotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotation_Report() {
		return (EReference)annotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Start() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_End() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Quote() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Page() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Label() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Comment() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotation_Author() {
		return (EReference)annotationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCharacteristic() {
		return characteristicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharacteristic_Kind() {
		return (EAttribute)characteristicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCharacteristic_Text() {
		return (EAttribute)characteristicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCharacteristic_Sources() {
		return (EReference)characteristicEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPicoElement() {
		return picoElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPicoElement_Kind() {
		return (EAttribute)picoElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPicoElement_Text() {
		return (EAttribute)picoElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPicoElement_Sources() {
		return (EReference)picoElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArm() {
		return armEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_Label() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArm_Intervention() {
		return (EAttribute)armEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArm_GroupSizes() {
		return (EReference)armEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArm_Sources() {
		return (EReference)armEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupSize() {
		return groupSizeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupSize_Population() {
		return (EAttribute)groupSizeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupSize_N() {
		return (EReference)groupSizeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValue() {
		return valueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValue_Number() {
		return (EAttribute)valueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValue_Unit() {
		return (EAttribute)valueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValue_Sources() {
		return (EReference)valueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValue_Derived() {
		return (EAttribute)valueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValue_Derivation() {
		return (EAttribute)valueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValue_Note() {
		return (EAttribute)valueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValue_ProposedBy() {
		return (EAttribute)valueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcomeMeasurement() {
		return outcomeMeasurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutcomeMeasurement_Outcome() {
		return (EReference)outcomeMeasurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasurement_Criteria() {
		return (EAttribute)outcomeMeasurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasurement_Timepoint() {
		return (EAttribute)outcomeMeasurementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasurement_Population() {
		return (EAttribute)outcomeMeasurementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutcomeMeasurement_Results() {
		return (EReference)outcomeMeasurementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasurement_Notes() {
		return (EAttribute)outcomeMeasurementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResult() {
		return resultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Notes() {
		return (EAttribute)resultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArmResult() {
		return armResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArmResult_Arm() {
		return (EReference)armResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDichotomousResult() {
		return dichotomousResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDichotomousResult_Events() {
		return (EReference)dichotomousResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDichotomousResult_Total() {
		return (EReference)dichotomousResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContinuousResult() {
		return continuousResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContinuousResult_Mean() {
		return (EReference)continuousResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContinuousResult_Sd() {
		return (EReference)continuousResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContinuousResult_N() {
		return (EReference)continuousResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMedianTimeToEvent() {
		return medianTimeToEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedianTimeToEvent_Median() {
		return (EReference)medianTimeToEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedianTimeToEvent_Lower() {
		return (EReference)medianTimeToEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMedianTimeToEvent_Upper() {
		return (EReference)medianTimeToEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedianTimeToEvent_CiLevel() {
		return (EAttribute)medianTimeToEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMedianTimeToEvent_NotReached() {
		return (EAttribute)medianTimeToEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHazardRatio() {
		return hazardRatioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardRatio_Experimental() {
		return (EReference)hazardRatioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardRatio_Comparator() {
		return (EReference)hazardRatioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardRatio_Estimate() {
		return (EReference)hazardRatioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardRatio_Lower() {
		return (EReference)hazardRatioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardRatio_Upper() {
		return (EReference)hazardRatioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardRatio_CiLevel() {
		return (EAttribute)hazardRatioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHazardRatio_PValue() {
		return (EReference)hazardRatioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardRatio_Adjusted() {
		return (EAttribute)hazardRatioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHazardRatio_Adjustment() {
		return (EAttribute)hazardRatioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRiskOfBiasAssessment() {
		return riskOfBiasAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskOfBiasAssessment_Tool() {
		return (EAttribute)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskOfBiasAssessment_ToolVersion() {
		return (EAttribute)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRiskOfBiasAssessment_Measurement() {
		return (EReference)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRiskOfBiasAssessment_Answers() {
		return (EReference)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRiskOfBiasAssessment_Domains() {
		return (EReference)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskOfBiasAssessment_ProposedOverall() {
		return (EAttribute)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskOfBiasAssessment_Overall() {
		return (EAttribute)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskOfBiasAssessment_OverallRationale() {
		return (EAttribute)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskOfBiasAssessment_Notes() {
		return (EAttribute)riskOfBiasAssessmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignallingAnswer() {
		return signallingAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignallingAnswer_Question() {
		return (EAttribute)signallingAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignallingAnswer_Answer() {
		return (EAttribute)signallingAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignallingAnswer_Support() {
		return (EAttribute)signallingAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignallingAnswer_Sources() {
		return (EReference)signallingAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomainJudgement() {
		return domainJudgementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainJudgement_Domain() {
		return (EAttribute)domainJudgementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainJudgement_Proposed() {
		return (EAttribute)domainJudgementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainJudgement_Judgement() {
		return (EAttribute)domainJudgementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainJudgement_Score() {
		return (EAttribute)domainJudgementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainJudgement_Rationale() {
		return (EAttribute)domainJudgementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainJudgement_Support() {
		return (EAttribute)domainJudgementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomainJudgement_Sources() {
		return (EReference)domainJudgementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewerRole() {
		return reviewerRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStudyDesign() {
		return studyDesignEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReportKind() {
		return reportKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPicoKind() {
		return picoKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriterionKind() {
		return criterionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCharacteristicKind() {
		return characteristicKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreeningStage() {
		return screeningStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerdict() {
		return verdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExtractionStatus() {
		return extractionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AppraiseFactory getAppraiseFactory() {
		return (AppraiseFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		reviewEClass = createEClass(REVIEW);
		createEAttribute(reviewEClass, REVIEW__TITLE);
		createEReference(reviewEClass, REVIEW__QUESTION);
		createEReference(reviewEClass, REVIEW__CRITERIA);
		createEReference(reviewEClass, REVIEW__OUTCOMES);
		createEReference(reviewEClass, REVIEW__REVIEWERS);
		createEAttribute(reviewEClass, REVIEW__RISK_OF_BIAS_TOOLS);
		createEAttribute(reviewEClass, REVIEW__SINGLE_SCREENING);
		createEReference(reviewEClass, REVIEW__EXCLUSION_REASONS);
		createEReference(reviewEClass, REVIEW__IMPORT_BATCHES);
		createEReference(reviewEClass, REVIEW__REFERENCES);
		createEReference(reviewEClass, REVIEW__SCREENING);
		createEReference(reviewEClass, REVIEW__STUDIES);
		createEReference(reviewEClass, REVIEW__ANALYSES);
		createEReference(reviewEClass, REVIEW__CERTAINTY);

		certaintyAssessmentEClass = createEClass(CERTAINTY_ASSESSMENT);
		createEReference(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__ANALYSIS);
		createEReference(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__OUTCOME);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__ASSESSOR);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__CONSENSUS);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__EVIDENCE);
		createEReference(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__RATINGS);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__ASSUMED_RISK);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__ORDER);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__NARRATIVE);
		createEAttribute(certaintyAssessmentEClass, CERTAINTY_ASSESSMENT__COMMENT);

		certaintyRatingEClass = createEClass(CERTAINTY_RATING);
		createEAttribute(certaintyRatingEClass, CERTAINTY_RATING__DOMAIN);
		createEAttribute(certaintyRatingEClass, CERTAINTY_RATING__RATING);
		createEAttribute(certaintyRatingEClass, CERTAINTY_RATING__FOOTNOTE);

		analysisEClass = createEClass(ANALYSIS);
		createEAttribute(analysisEClass, ANALYSIS__NAME);
		createEReference(analysisEClass, ANALYSIS__OUTCOME);
		createEAttribute(analysisEClass, ANALYSIS__CRITERIA);
		createEAttribute(analysisEClass, ANALYSIS__POPULATION);
		createEAttribute(analysisEClass, ANALYSIS__TIMEPOINT);
		createEAttribute(analysisEClass, ANALYSIS__MEASURE);
		createEAttribute(analysisEClass, ANALYSIS__METHOD);
		createEAttribute(analysisEClass, ANALYSIS__KNHA);
		createEAttribute(analysisEClass, ANALYSIS__ZERO_CELLS);
		createEAttribute(analysisEClass, ANALYSIS__EXPERIMENTAL_NAME);
		createEAttribute(analysisEClass, ANALYSIS__CONTROL_NAME);
		createEReference(analysisEClass, ANALYSIS__EXCLUSIONS);
		createEReference(analysisEClass, ANALYSIS__COMPARISONS);
		createEAttribute(analysisEClass, ANALYSIS__SUBGROUPS);
		createEAttribute(analysisEClass, ANALYSIS__RISK_OF_BIAS_TOOL);
		createEAttribute(analysisEClass, ANALYSIS__I2_RULE);
		createEAttribute(analysisEClass, ANALYSIS__LOWER_FAVOURS);

		analysisComparisonEClass = createEClass(ANALYSIS_COMPARISON);
		createEReference(analysisComparisonEClass, ANALYSIS_COMPARISON__STUDY);
		createEReference(analysisComparisonEClass, ANALYSIS_COMPARISON__EXPERIMENTAL);
		createEReference(analysisComparisonEClass, ANALYSIS_COMPARISON__CONTROL);
		createEAttribute(analysisComparisonEClass, ANALYSIS_COMPARISON__REASON);

		analysisExclusionEClass = createEClass(ANALYSIS_EXCLUSION);
		createEReference(analysisExclusionEClass, ANALYSIS_EXCLUSION__STUDY);
		createEAttribute(analysisExclusionEClass, ANALYSIS_EXCLUSION__REASON);

		reviewQuestionEClass = createEClass(REVIEW_QUESTION);
		createEAttribute(reviewQuestionEClass, REVIEW_QUESTION__TEXT);
		createEAttribute(reviewQuestionEClass, REVIEW_QUESTION__POPULATION);
		createEAttribute(reviewQuestionEClass, REVIEW_QUESTION__INTERVENTION);
		createEAttribute(reviewQuestionEClass, REVIEW_QUESTION__COMPARATOR);
		createEAttribute(reviewQuestionEClass, REVIEW_QUESTION__OUTCOME);
		createEAttribute(reviewQuestionEClass, REVIEW_QUESTION__STUDY_DESIGNS);

		eligibilityCriterionEClass = createEClass(ELIGIBILITY_CRITERION);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__KIND);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__ELEMENT);
		createEAttribute(eligibilityCriterionEClass, ELIGIBILITY_CRITERION__TEXT);

		outcomeDefinitionEClass = createEClass(OUTCOME_DEFINITION);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__NAME);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__DOMAIN);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__MEASUREMENT);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__METRIC);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__AGGREGATION);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__TIMING);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__PRIMARY);
		createEAttribute(outcomeDefinitionEClass, OUTCOME_DEFINITION__NOTES);

		reviewerEClass = createEClass(REVIEWER);
		createEAttribute(reviewerEClass, REVIEWER__NAME);
		createEAttribute(reviewerEClass, REVIEWER__ROLE);

		exclusionReasonEClass = createEClass(EXCLUSION_REASON);
		createEAttribute(exclusionReasonEClass, EXCLUSION_REASON__TEXT);
		createEAttribute(exclusionReasonEClass, EXCLUSION_REASON__STAGE);

		importBatchEClass = createEClass(IMPORT_BATCH);
		createEAttribute(importBatchEClass, IMPORT_BATCH__FILE);
		createEAttribute(importBatchEClass, IMPORT_BATCH__FORMAT);
		createEAttribute(importBatchEClass, IMPORT_BATCH__SOURCE_DATABASE);
		createEAttribute(importBatchEClass, IMPORT_BATCH__IMPORTED_AT);
		createEReference(importBatchEClass, IMPORT_BATCH__IMPORTED_BY);
		createEAttribute(importBatchEClass, IMPORT_BATCH__RECORD_COUNT);

		referenceEClass = createEClass(REFERENCE);
		createEAttribute(referenceEClass, REFERENCE__AUTHORS);
		createEAttribute(referenceEClass, REFERENCE__TITLE);
		createEAttribute(referenceEClass, REFERENCE__JOURNAL);
		createEAttribute(referenceEClass, REFERENCE__YEAR);
		createEAttribute(referenceEClass, REFERENCE__VOLUME);
		createEAttribute(referenceEClass, REFERENCE__ISSUE);
		createEAttribute(referenceEClass, REFERENCE__PAGES);
		createEAttribute(referenceEClass, REFERENCE__DOI);
		createEAttribute(referenceEClass, REFERENCE__PMID);
		createEAttribute(referenceEClass, REFERENCE__ABSTRACT);
		createEAttribute(referenceEClass, REFERENCE__KEYWORDS);
		createEAttribute(referenceEClass, REFERENCE__SOURCE_DATABASE);
		createEReference(referenceEClass, REFERENCE__BATCH);
		createEReference(referenceEClass, REFERENCE__DUPLICATE_OF);
		createEAttribute(referenceEClass, REFERENCE__REMOVED_BEFORE_SCREENING);
		createEAttribute(referenceEClass, REFERENCE__REMOVED_BY_AUTOMATION);
		createEReference(referenceEClass, REFERENCE__FIELDS);

		recordFieldEClass = createEClass(RECORD_FIELD);
		createEAttribute(recordFieldEClass, RECORD_FIELD__TAG);
		createEAttribute(recordFieldEClass, RECORD_FIELD__VALUE);

		screeningLogEClass = createEClass(SCREENING_LOG);
		createEReference(screeningLogEClass, SCREENING_LOG__REVIEWER);
		createEAttribute(screeningLogEClass, SCREENING_LOG__CONSENSUS);
		createEReference(screeningLogEClass, SCREENING_LOG__DECISIONS);

		screeningDecisionEClass = createEClass(SCREENING_DECISION);
		createEReference(screeningDecisionEClass, SCREENING_DECISION__REFERENCE);
		createEAttribute(screeningDecisionEClass, SCREENING_DECISION__STAGE);
		createEAttribute(screeningDecisionEClass, SCREENING_DECISION__VERDICT);
		createEReference(screeningDecisionEClass, SCREENING_DECISION__REASON);
		createEAttribute(screeningDecisionEClass, SCREENING_DECISION__NOTE);
		createEAttribute(screeningDecisionEClass, SCREENING_DECISION__DECIDED_AT);

		studyEClass = createEClass(STUDY);
		createEAttribute(studyEClass, STUDY__LABEL);
		createEReference(studyEClass, STUDY__REFERENCES);
		createEReference(studyEClass, STUDY__REPORTS);
		createEReference(studyEClass, STUDY__EXTRACTIONS);

		reportEClass = createEClass(REPORT);
		createEAttribute(reportEClass, REPORT__FILE);
		createEAttribute(reportEClass, REPORT__CONTENT_HASH);
		createEAttribute(reportEClass, REPORT__KIND);
		createEAttribute(reportEClass, REPORT__TITLE);
		createEAttribute(reportEClass, REPORT__CITATION);
		createEAttribute(reportEClass, REPORT__DOI);
		createEAttribute(reportEClass, REPORT__LICENCE);
		createEReference(reportEClass, REPORT__REFERENCE);

		extractionEClass = createEClass(EXTRACTION);
		createEReference(extractionEClass, EXTRACTION__REVIEWER);
		createEAttribute(extractionEClass, EXTRACTION__CONSENSUS);
		createEAttribute(extractionEClass, EXTRACTION__STATUS);
		createEAttribute(extractionEClass, EXTRACTION__DESIGN);
		createEReference(extractionEClass, EXTRACTION__DESIGN_SOURCES);
		createEReference(extractionEClass, EXTRACTION__CHARACTERISTICS);
		createEReference(extractionEClass, EXTRACTION__PICO);
		createEReference(extractionEClass, EXTRACTION__ARMS);
		createEReference(extractionEClass, EXTRACTION__MEASUREMENTS);
		createEReference(extractionEClass, EXTRACTION__ASSESSMENTS);
		createEReference(extractionEClass, EXTRACTION__ANNOTATIONS);
		createEAttribute(extractionEClass, EXTRACTION__NOTES);
		createEReference(extractionEClass, EXTRACTION__DECISIONS);

		consensusDecisionEClass = createEClass(CONSENSUS_DECISION);
		createEAttribute(consensusDecisionEClass, CONSENSUS_DECISION__GROUP);
		createEAttribute(consensusDecisionEClass, CONSENSUS_DECISION__FIELD);
		createEReference(consensusDecisionEClass, CONSENSUS_DECISION__TAKEN);
		createEAttribute(consensusDecisionEClass, CONSENSUS_DECISION__VALUE);
		createEAttribute(consensusDecisionEClass, CONSENSUS_DECISION__NOTE);

		annotationEClass = createEClass(ANNOTATION);
		createEReference(annotationEClass, ANNOTATION__REPORT);
		createEAttribute(annotationEClass, ANNOTATION__START);
		createEAttribute(annotationEClass, ANNOTATION__END);
		createEAttribute(annotationEClass, ANNOTATION__QUOTE);
		createEAttribute(annotationEClass, ANNOTATION__PAGE);
		createEAttribute(annotationEClass, ANNOTATION__LABEL);
		createEAttribute(annotationEClass, ANNOTATION__COMMENT);
		createEReference(annotationEClass, ANNOTATION__AUTHOR);

		characteristicEClass = createEClass(CHARACTERISTIC);
		createEAttribute(characteristicEClass, CHARACTERISTIC__KIND);
		createEAttribute(characteristicEClass, CHARACTERISTIC__TEXT);
		createEReference(characteristicEClass, CHARACTERISTIC__SOURCES);

		picoElementEClass = createEClass(PICO_ELEMENT);
		createEAttribute(picoElementEClass, PICO_ELEMENT__KIND);
		createEAttribute(picoElementEClass, PICO_ELEMENT__TEXT);
		createEReference(picoElementEClass, PICO_ELEMENT__SOURCES);

		armEClass = createEClass(ARM);
		createEAttribute(armEClass, ARM__LABEL);
		createEAttribute(armEClass, ARM__INTERVENTION);
		createEReference(armEClass, ARM__GROUP_SIZES);
		createEReference(armEClass, ARM__SOURCES);

		groupSizeEClass = createEClass(GROUP_SIZE);
		createEAttribute(groupSizeEClass, GROUP_SIZE__POPULATION);
		createEReference(groupSizeEClass, GROUP_SIZE__N);

		valueEClass = createEClass(VALUE);
		createEAttribute(valueEClass, VALUE__NUMBER);
		createEAttribute(valueEClass, VALUE__UNIT);
		createEReference(valueEClass, VALUE__SOURCES);
		createEAttribute(valueEClass, VALUE__DERIVED);
		createEAttribute(valueEClass, VALUE__DERIVATION);
		createEAttribute(valueEClass, VALUE__NOTE);
		createEAttribute(valueEClass, VALUE__PROPOSED_BY);

		outcomeMeasurementEClass = createEClass(OUTCOME_MEASUREMENT);
		createEReference(outcomeMeasurementEClass, OUTCOME_MEASUREMENT__OUTCOME);
		createEAttribute(outcomeMeasurementEClass, OUTCOME_MEASUREMENT__CRITERIA);
		createEAttribute(outcomeMeasurementEClass, OUTCOME_MEASUREMENT__TIMEPOINT);
		createEAttribute(outcomeMeasurementEClass, OUTCOME_MEASUREMENT__POPULATION);
		createEReference(outcomeMeasurementEClass, OUTCOME_MEASUREMENT__RESULTS);
		createEAttribute(outcomeMeasurementEClass, OUTCOME_MEASUREMENT__NOTES);

		resultEClass = createEClass(RESULT);
		createEAttribute(resultEClass, RESULT__NOTES);

		armResultEClass = createEClass(ARM_RESULT);
		createEReference(armResultEClass, ARM_RESULT__ARM);

		dichotomousResultEClass = createEClass(DICHOTOMOUS_RESULT);
		createEReference(dichotomousResultEClass, DICHOTOMOUS_RESULT__EVENTS);
		createEReference(dichotomousResultEClass, DICHOTOMOUS_RESULT__TOTAL);

		continuousResultEClass = createEClass(CONTINUOUS_RESULT);
		createEReference(continuousResultEClass, CONTINUOUS_RESULT__MEAN);
		createEReference(continuousResultEClass, CONTINUOUS_RESULT__SD);
		createEReference(continuousResultEClass, CONTINUOUS_RESULT__N);

		medianTimeToEventEClass = createEClass(MEDIAN_TIME_TO_EVENT);
		createEReference(medianTimeToEventEClass, MEDIAN_TIME_TO_EVENT__MEDIAN);
		createEReference(medianTimeToEventEClass, MEDIAN_TIME_TO_EVENT__LOWER);
		createEReference(medianTimeToEventEClass, MEDIAN_TIME_TO_EVENT__UPPER);
		createEAttribute(medianTimeToEventEClass, MEDIAN_TIME_TO_EVENT__CI_LEVEL);
		createEAttribute(medianTimeToEventEClass, MEDIAN_TIME_TO_EVENT__NOT_REACHED);

		hazardRatioEClass = createEClass(HAZARD_RATIO);
		createEReference(hazardRatioEClass, HAZARD_RATIO__EXPERIMENTAL);
		createEReference(hazardRatioEClass, HAZARD_RATIO__COMPARATOR);
		createEReference(hazardRatioEClass, HAZARD_RATIO__ESTIMATE);
		createEReference(hazardRatioEClass, HAZARD_RATIO__LOWER);
		createEReference(hazardRatioEClass, HAZARD_RATIO__UPPER);
		createEAttribute(hazardRatioEClass, HAZARD_RATIO__CI_LEVEL);
		createEReference(hazardRatioEClass, HAZARD_RATIO__PVALUE);
		createEAttribute(hazardRatioEClass, HAZARD_RATIO__ADJUSTED);
		createEAttribute(hazardRatioEClass, HAZARD_RATIO__ADJUSTMENT);

		riskOfBiasAssessmentEClass = createEClass(RISK_OF_BIAS_ASSESSMENT);
		createEAttribute(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__TOOL);
		createEAttribute(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION);
		createEReference(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__MEASUREMENT);
		createEReference(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__ANSWERS);
		createEReference(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__DOMAINS);
		createEAttribute(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL);
		createEAttribute(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__OVERALL);
		createEAttribute(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE);
		createEAttribute(riskOfBiasAssessmentEClass, RISK_OF_BIAS_ASSESSMENT__NOTES);

		signallingAnswerEClass = createEClass(SIGNALLING_ANSWER);
		createEAttribute(signallingAnswerEClass, SIGNALLING_ANSWER__QUESTION);
		createEAttribute(signallingAnswerEClass, SIGNALLING_ANSWER__ANSWER);
		createEAttribute(signallingAnswerEClass, SIGNALLING_ANSWER__SUPPORT);
		createEReference(signallingAnswerEClass, SIGNALLING_ANSWER__SOURCES);

		domainJudgementEClass = createEClass(DOMAIN_JUDGEMENT);
		createEAttribute(domainJudgementEClass, DOMAIN_JUDGEMENT__DOMAIN);
		createEAttribute(domainJudgementEClass, DOMAIN_JUDGEMENT__PROPOSED);
		createEAttribute(domainJudgementEClass, DOMAIN_JUDGEMENT__JUDGEMENT);
		createEAttribute(domainJudgementEClass, DOMAIN_JUDGEMENT__SCORE);
		createEAttribute(domainJudgementEClass, DOMAIN_JUDGEMENT__RATIONALE);
		createEAttribute(domainJudgementEClass, DOMAIN_JUDGEMENT__SUPPORT);
		createEReference(domainJudgementEClass, DOMAIN_JUDGEMENT__SOURCES);

		// Create enums
		reviewerRoleEEnum = createEEnum(REVIEWER_ROLE);
		studyDesignEEnum = createEEnum(STUDY_DESIGN);
		reportKindEEnum = createEEnum(REPORT_KIND);
		picoKindEEnum = createEEnum(PICO_KIND);
		criterionKindEEnum = createEEnum(CRITERION_KIND);
		characteristicKindEEnum = createEEnum(CHARACTERISTIC_KIND);
		screeningStageEEnum = createEEnum(SCREENING_STAGE);
		verdictEEnum = createEEnum(VERDICT);
		extractionStatusEEnum = createEEnum(EXTRACTION_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		reviewEClass.getESuperTypes().add(this.getIdentified());
		certaintyAssessmentEClass.getESuperTypes().add(this.getIdentified());
		analysisEClass.getESuperTypes().add(this.getIdentified());
		eligibilityCriterionEClass.getESuperTypes().add(this.getIdentified());
		outcomeDefinitionEClass.getESuperTypes().add(this.getIdentified());
		reviewerEClass.getESuperTypes().add(this.getIdentified());
		exclusionReasonEClass.getESuperTypes().add(this.getIdentified());
		importBatchEClass.getESuperTypes().add(this.getIdentified());
		referenceEClass.getESuperTypes().add(this.getIdentified());
		screeningLogEClass.getESuperTypes().add(this.getIdentified());
		studyEClass.getESuperTypes().add(this.getIdentified());
		reportEClass.getESuperTypes().add(this.getIdentified());
		extractionEClass.getESuperTypes().add(this.getIdentified());
		annotationEClass.getESuperTypes().add(this.getIdentified());
		characteristicEClass.getESuperTypes().add(this.getIdentified());
		picoElementEClass.getESuperTypes().add(this.getIdentified());
		armEClass.getESuperTypes().add(this.getIdentified());
		outcomeMeasurementEClass.getESuperTypes().add(this.getIdentified());
		resultEClass.getESuperTypes().add(this.getIdentified());
		armResultEClass.getESuperTypes().add(this.getResult());
		dichotomousResultEClass.getESuperTypes().add(this.getArmResult());
		continuousResultEClass.getESuperTypes().add(this.getArmResult());
		medianTimeToEventEClass.getESuperTypes().add(this.getArmResult());
		hazardRatioEClass.getESuperTypes().add(this.getResult());
		riskOfBiasAssessmentEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewEClass, Review.class, "Review", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReview_Title(), ecorePackage.getEString(), "title", null, 0, 1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Question(), this.getReviewQuestion(), null, "question", null, 0, 1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Criteria(), this.getEligibilityCriterion(), null, "criteria", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Outcomes(), this.getOutcomeDefinition(), null, "outcomes", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Reviewers(), this.getReviewer(), null, "reviewers", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReview_RiskOfBiasTools(), ecorePackage.getEString(), "riskOfBiasTools", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReview_SingleScreening(), ecorePackage.getEBoolean(), "singleScreening", null, 0, 1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_ExclusionReasons(), this.getExclusionReason(), null, "exclusionReasons", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_ImportBatches(), this.getImportBatch(), null, "importBatches", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_References(), this.getReference(), null, "references", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Screening(), this.getScreeningLog(), null, "screening", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Studies(), this.getStudy(), null, "studies", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Analyses(), this.getAnalysis(), null, "analyses", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReview_Certainty(), this.getCertaintyAssessment(), null, "certainty", null, 0, -1, Review.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(certaintyAssessmentEClass, CertaintyAssessment.class, "CertaintyAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCertaintyAssessment_Analysis(), this.getAnalysis(), null, "analysis", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCertaintyAssessment_Outcome(), this.getOutcomeDefinition(), null, "outcome", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_Assessor(), ecorePackage.getEString(), "assessor", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_Consensus(), ecorePackage.getEBoolean(), "consensus", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCertaintyAssessment_Ratings(), this.getCertaintyRating(), null, "ratings", null, 0, -1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_AssumedRisk(), ecorePackage.getEBigDecimal(), "assumedRisk", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_AssumedRiskSource(), ecorePackage.getEString(), "assumedRiskSource", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_ImprecisionThreshold(), ecorePackage.getEBigDecimal(), "imprecisionThreshold", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_OptimalInformationSize(), ecorePackage.getEIntegerObject(), "optimalInformationSize", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_Order(), ecorePackage.getEIntegerObject(), "order", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_Narrative(), ecorePackage.getEString(), "narrative", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyAssessment_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, CertaintyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(certaintyRatingEClass, CertaintyRating.class, "CertaintyRating", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCertaintyRating_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, CertaintyRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyRating_Rating(), ecorePackage.getEString(), "rating", null, 0, 1, CertaintyRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertaintyRating_Footnote(), ecorePackage.getEString(), "footnote", null, 0, 1, CertaintyRating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisEClass, Analysis.class, "Analysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalysis_Name(), ecorePackage.getEString(), "name", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalysis_Outcome(), this.getOutcomeDefinition(), null, "outcome", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_Criteria(), ecorePackage.getEString(), "criteria", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_Population(), ecorePackage.getEString(), "population", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_Timepoint(), ecorePackage.getEString(), "timepoint", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_Method(), ecorePackage.getEString(), "method", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_Knha(), ecorePackage.getEBoolean(), "knha", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_ZeroCells(), ecorePackage.getEString(), "zeroCells", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_ExperimentalName(), ecorePackage.getEString(), "experimentalName", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_ControlName(), ecorePackage.getEString(), "controlName", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalysis_Exclusions(), this.getAnalysisExclusion(), null, "exclusions", null, 0, -1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalysis_Comparisons(), this.getAnalysisComparison(), null, "comparisons", null, 0, -1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_Subgroups(), ecorePackage.getEString(), "subgroups", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_RiskOfBiasTool(), ecorePackage.getEString(), "riskOfBiasTool", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_I2Rule(), ecorePackage.getEString(), "i2Rule", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysis_LowerFavours(), ecorePackage.getEString(), "lowerFavours", null, 0, 1, Analysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisComparisonEClass, AnalysisComparison.class, "AnalysisComparison", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAnalysisComparison_Study(), this.getStudy(), null, "study", null, 0, 1, AnalysisComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalysisComparison_Experimental(), this.getArm(), null, "experimental", null, 0, 1, AnalysisComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalysisComparison_Control(), this.getArm(), null, "control", null, 0, 1, AnalysisComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisComparison_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, AnalysisComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisExclusionEClass, AnalysisExclusion.class, "AnalysisExclusion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAnalysisExclusion_Study(), this.getStudy(), null, "study", null, 0, 1, AnalysisExclusion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisExclusion_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, AnalysisExclusion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewQuestionEClass, ReviewQuestion.class, "ReviewQuestion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewQuestion_Text(), ecorePackage.getEString(), "text", null, 0, 1, ReviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewQuestion_Population(), ecorePackage.getEString(), "population", null, 0, 1, ReviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewQuestion_Intervention(), ecorePackage.getEString(), "intervention", null, 0, 1, ReviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewQuestion_Comparator(), ecorePackage.getEString(), "comparator", null, 0, 1, ReviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewQuestion_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, ReviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewQuestion_StudyDesigns(), ecorePackage.getEString(), "studyDesigns", null, 0, 1, ReviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eligibilityCriterionEClass, EligibilityCriterion.class, "EligibilityCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEligibilityCriterion_Kind(), this.getCriterionKind(), "kind", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityCriterion_Element(), ecorePackage.getEString(), "element", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEligibilityCriterion_Text(), ecorePackage.getEString(), "text", null, 0, 1, EligibilityCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeDefinitionEClass, OutcomeDefinition.class, "OutcomeDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutcomeDefinition_Name(), ecorePackage.getEString(), "name", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeDefinition_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeDefinition_Measurement(), ecorePackage.getEString(), "measurement", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeDefinition_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeDefinition_Aggregation(), ecorePackage.getEString(), "aggregation", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeDefinition_Timing(), ecorePackage.getEString(), "timing", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeDefinition_Primary(), ecorePackage.getEBoolean(), "primary", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeDefinition_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, OutcomeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewerEClass, Reviewer.class, "Reviewer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewer_Name(), ecorePackage.getEString(), "name", null, 0, 1, Reviewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewer_Role(), this.getReviewerRole(), "role", null, 0, 1, Reviewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(exclusionReasonEClass, ExclusionReason.class, "ExclusionReason", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExclusionReason_Text(), ecorePackage.getEString(), "text", null, 0, 1, ExclusionReason.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExclusionReason_Stage(), this.getScreeningStage(), "stage", null, 0, 1, ExclusionReason.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importBatchEClass, ImportBatch.class, "ImportBatch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImportBatch_File(), ecorePackage.getEString(), "file", null, 0, 1, ImportBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportBatch_Format(), ecorePackage.getEString(), "format", null, 0, 1, ImportBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportBatch_SourceDatabase(), ecorePackage.getEString(), "sourceDatabase", null, 0, 1, ImportBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportBatch_ImportedAt(), ecorePackage.getEString(), "importedAt", null, 0, 1, ImportBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImportBatch_ImportedBy(), this.getReviewer(), null, "importedBy", null, 0, 1, ImportBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportBatch_RecordCount(), ecorePackage.getEInt(), "recordCount", null, 0, 1, ImportBatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referenceEClass, Reference.class, "Reference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReference_Authors(), ecorePackage.getEString(), "authors", null, 0, -1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Title(), ecorePackage.getEString(), "title", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Journal(), ecorePackage.getEString(), "journal", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Volume(), ecorePackage.getEString(), "volume", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Issue(), ecorePackage.getEString(), "issue", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Pages(), ecorePackage.getEString(), "pages", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Doi(), ecorePackage.getEString(), "doi", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Pmid(), ecorePackage.getEString(), "pmid", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Abstract(), ecorePackage.getEString(), "abstract", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Keywords(), ecorePackage.getEString(), "keywords", null, 0, -1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_SourceDatabase(), ecorePackage.getEString(), "sourceDatabase", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReference_Batch(), this.getImportBatch(), null, "batch", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReference_DuplicateOf(), this.getReference(), null, "duplicateOf", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_RemovedBeforeScreening(), ecorePackage.getEString(), "removedBeforeScreening", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_RemovedByAutomation(), ecorePackage.getEBoolean(), "removedByAutomation", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReference_Fields(), this.getRecordField(), null, "fields", null, 0, -1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recordFieldEClass, RecordField.class, "RecordField", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecordField_Tag(), ecorePackage.getEString(), "tag", null, 0, 1, RecordField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecordField_Value(), ecorePackage.getEString(), "value", null, 0, 1, RecordField.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(screeningLogEClass, ScreeningLog.class, "ScreeningLog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScreeningLog_Reviewer(), this.getReviewer(), null, "reviewer", null, 0, 1, ScreeningLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningLog_Consensus(), ecorePackage.getEBoolean(), "consensus", null, 0, 1, ScreeningLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScreeningLog_Decisions(), this.getScreeningDecision(), null, "decisions", null, 0, -1, ScreeningLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(screeningDecisionEClass, ScreeningDecision.class, "ScreeningDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScreeningDecision_Reference(), this.getReference(), null, "reference", null, 0, 1, ScreeningDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningDecision_Stage(), this.getScreeningStage(), "stage", null, 0, 1, ScreeningDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningDecision_Verdict(), this.getVerdict(), "verdict", null, 0, 1, ScreeningDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScreeningDecision_Reason(), this.getExclusionReason(), null, "reason", null, 0, 1, ScreeningDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningDecision_Note(), ecorePackage.getEString(), "note", null, 0, 1, ScreeningDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScreeningDecision_DecidedAt(), ecorePackage.getEString(), "decidedAt", null, 0, 1, ScreeningDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudy_Label(), ecorePackage.getEString(), "label", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_References(), this.getReference(), null, "references", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Reports(), this.getReport(), null, "reports", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Extractions(), this.getExtraction(), null, "extractions", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportEClass, Report.class, "Report", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReport_File(), ecorePackage.getEString(), "file", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Kind(), this.getReportKind(), "kind", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Title(), ecorePackage.getEString(), "title", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Citation(), ecorePackage.getEString(), "citation", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Doi(), ecorePackage.getEString(), "doi", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Licence(), ecorePackage.getEString(), "licence", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Reference(), this.getReference(), null, "reference", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extractionEClass, Extraction.class, "Extraction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExtraction_Reviewer(), this.getReviewer(), null, "reviewer", null, 0, 1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtraction_Consensus(), ecorePackage.getEBoolean(), "consensus", null, 0, 1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtraction_Status(), this.getExtractionStatus(), "status", null, 0, 1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtraction_Design(), this.getStudyDesign(), "design", null, 0, 1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_DesignSources(), this.getAnnotation(), null, "designSources", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_Characteristics(), this.getCharacteristic(), null, "characteristics", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_Pico(), this.getPicoElement(), null, "pico", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_Arms(), this.getArm(), null, "arms", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_Measurements(), this.getOutcomeMeasurement(), null, "measurements", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_Assessments(), this.getRiskOfBiasAssessment(), null, "assessments", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_Annotations(), this.getAnnotation(), null, "annotations", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtraction_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtraction_Decisions(), this.getConsensusDecision(), null, "decisions", null, 0, -1, Extraction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consensusDecisionEClass, ConsensusDecision.class, "ConsensusDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsensusDecision_Group(), ecorePackage.getEString(), "group", null, 0, 1, ConsensusDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusDecision_Field(), ecorePackage.getEString(), "field", null, 0, 1, ConsensusDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsensusDecision_Taken(), this.getExtraction(), null, "taken", null, 0, 1, ConsensusDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusDecision_Value(), ecorePackage.getEString(), "value", null, 0, 1, ConsensusDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusDecision_Note(), ecorePackage.getEString(), "note", null, 0, 1, ConsensusDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annotationEClass, Annotation.class, "Annotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAnnotation_Report(), this.getReport(), null, "report", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Start(), ecorePackage.getEInt(), "start", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_End(), ecorePackage.getEInt(), "end", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Page(), ecorePackage.getEIntegerObject(), "page", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Label(), ecorePackage.getEString(), "label", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotation_Author(), this.getReviewer(), null, "author", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(characteristicEClass, Characteristic.class, "Characteristic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCharacteristic_Kind(), this.getCharacteristicKind(), "kind", null, 0, 1, Characteristic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCharacteristic_Text(), ecorePackage.getEString(), "text", null, 0, 1, Characteristic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCharacteristic_Sources(), this.getAnnotation(), null, "sources", null, 0, -1, Characteristic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(picoElementEClass, PicoElement.class, "PicoElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPicoElement_Kind(), this.getPicoKind(), "kind", null, 0, 1, PicoElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPicoElement_Text(), ecorePackage.getEString(), "text", null, 0, 1, PicoElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPicoElement_Sources(), this.getAnnotation(), null, "sources", null, 0, -1, PicoElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(armEClass, Arm.class, "Arm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArm_Label(), ecorePackage.getEString(), "label", null, 0, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArm_Intervention(), ecorePackage.getEString(), "intervention", null, 0, 1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArm_GroupSizes(), this.getGroupSize(), null, "groupSizes", null, 0, -1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArm_Sources(), this.getAnnotation(), null, "sources", null, 0, -1, Arm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupSizeEClass, GroupSize.class, "GroupSize", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroupSize_Population(), ecorePackage.getEString(), "population", null, 0, 1, GroupSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroupSize_N(), this.getValue(), null, "n", null, 0, 1, GroupSize.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valueEClass, Value.class, "Value", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValue_Number(), ecorePackage.getEBigDecimal(), "number", null, 0, 1, Value.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValue_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Value.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getValue_Sources(), this.getAnnotation(), null, "sources", null, 0, -1, Value.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValue_Derived(), ecorePackage.getEBoolean(), "derived", null, 0, 1, Value.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValue_Derivation(), ecorePackage.getEString(), "derivation", null, 0, 1, Value.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValue_Note(), ecorePackage.getEString(), "note", null, 0, 1, Value.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValue_ProposedBy(), ecorePackage.getEString(), "proposedBy", null, 0, 1, Value.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeMeasurementEClass, OutcomeMeasurement.class, "OutcomeMeasurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOutcomeMeasurement_Outcome(), this.getOutcomeDefinition(), null, "outcome", null, 0, 1, OutcomeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasurement_Criteria(), ecorePackage.getEString(), "criteria", null, 0, 1, OutcomeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasurement_Timepoint(), ecorePackage.getEString(), "timepoint", null, 0, 1, OutcomeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasurement_Population(), ecorePackage.getEString(), "population", null, 0, 1, OutcomeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutcomeMeasurement_Results(), this.getResult(), null, "results", null, 0, -1, OutcomeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasurement_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, OutcomeMeasurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultEClass, Result.class, "Result", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResult_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(armResultEClass, ArmResult.class, "ArmResult", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getArmResult_Arm(), this.getArm(), null, "arm", null, 0, 1, ArmResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dichotomousResultEClass, DichotomousResult.class, "DichotomousResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDichotomousResult_Events(), this.getValue(), null, "events", null, 0, 1, DichotomousResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDichotomousResult_Total(), this.getValue(), null, "total", null, 0, 1, DichotomousResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(continuousResultEClass, ContinuousResult.class, "ContinuousResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getContinuousResult_Mean(), this.getValue(), null, "mean", null, 0, 1, ContinuousResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContinuousResult_Sd(), this.getValue(), null, "sd", null, 0, 1, ContinuousResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContinuousResult_N(), this.getValue(), null, "n", null, 0, 1, ContinuousResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(medianTimeToEventEClass, MedianTimeToEvent.class, "MedianTimeToEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMedianTimeToEvent_Median(), this.getValue(), null, "median", null, 0, 1, MedianTimeToEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMedianTimeToEvent_Lower(), this.getValue(), null, "lower", null, 0, 1, MedianTimeToEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMedianTimeToEvent_Upper(), this.getValue(), null, "upper", null, 0, 1, MedianTimeToEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedianTimeToEvent_CiLevel(), ecorePackage.getEBigDecimal(), "ciLevel", null, 0, 1, MedianTimeToEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMedianTimeToEvent_NotReached(), ecorePackage.getEBoolean(), "notReached", null, 0, 1, MedianTimeToEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hazardRatioEClass, HazardRatio.class, "HazardRatio", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHazardRatio_Experimental(), this.getArm(), null, "experimental", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazardRatio_Comparator(), this.getArm(), null, "comparator", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazardRatio_Estimate(), this.getValue(), null, "estimate", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazardRatio_Lower(), this.getValue(), null, "lower", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazardRatio_Upper(), this.getValue(), null, "upper", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazardRatio_CiLevel(), ecorePackage.getEBigDecimal(), "ciLevel", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHazardRatio_PValue(), this.getValue(), null, "pValue", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazardRatio_Adjusted(), ecorePackage.getEBoolean(), "adjusted", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHazardRatio_Adjustment(), ecorePackage.getEString(), "adjustment", null, 0, 1, HazardRatio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskOfBiasAssessmentEClass, RiskOfBiasAssessment.class, "RiskOfBiasAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRiskOfBiasAssessment_Tool(), ecorePackage.getEString(), "tool", null, 0, 1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskOfBiasAssessment_ToolVersion(), ecorePackage.getEString(), "toolVersion", null, 0, 1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRiskOfBiasAssessment_Measurement(), this.getOutcomeMeasurement(), null, "measurement", null, 0, 1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRiskOfBiasAssessment_Answers(), this.getSignallingAnswer(), null, "answers", null, 0, -1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRiskOfBiasAssessment_Domains(), this.getDomainJudgement(), null, "domains", null, 0, -1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskOfBiasAssessment_ProposedOverall(), ecorePackage.getEString(), "proposedOverall", null, 0, 1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskOfBiasAssessment_Overall(), ecorePackage.getEString(), "overall", null, 0, 1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskOfBiasAssessment_OverallRationale(), ecorePackage.getEString(), "overallRationale", null, 0, 1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskOfBiasAssessment_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, RiskOfBiasAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signallingAnswerEClass, SignallingAnswer.class, "SignallingAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignallingAnswer_Question(), ecorePackage.getEString(), "question", null, 0, 1, SignallingAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignallingAnswer_Answer(), ecorePackage.getEString(), "answer", null, 0, 1, SignallingAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignallingAnswer_Support(), ecorePackage.getEString(), "support", null, 0, 1, SignallingAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSignallingAnswer_Sources(), this.getAnnotation(), null, "sources", null, 0, -1, SignallingAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(domainJudgementEClass, DomainJudgement.class, "DomainJudgement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDomainJudgement_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, DomainJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomainJudgement_Proposed(), ecorePackage.getEString(), "proposed", null, 0, 1, DomainJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomainJudgement_Judgement(), ecorePackage.getEString(), "judgement", null, 0, 1, DomainJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomainJudgement_Score(), ecorePackage.getEIntegerObject(), "score", null, 0, 1, DomainJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomainJudgement_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, DomainJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomainJudgement_Support(), ecorePackage.getEString(), "support", null, 0, 1, DomainJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDomainJudgement_Sources(), this.getAnnotation(), null, "sources", null, 0, -1, DomainJudgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(reviewerRoleEEnum, ReviewerRole.class, "ReviewerRole");
		addEEnumLiteral(reviewerRoleEEnum, ReviewerRole.REVIEWER);
		addEEnumLiteral(reviewerRoleEEnum, ReviewerRole.ARBITER);
		addEEnumLiteral(reviewerRoleEEnum, ReviewerRole.METHODOLOGIST);
		addEEnumLiteral(reviewerRoleEEnum, ReviewerRole.LEAD);

		initEEnum(studyDesignEEnum, StudyDesign.class, "StudyDesign");
		addEEnumLiteral(studyDesignEEnum, StudyDesign.UNSPECIFIED);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.RANDOMISED_TRIAL);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.NON_RANDOMISED_TRIAL);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.PROSPECTIVE_COHORT);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.RETROSPECTIVE_COHORT);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.CASE_CONTROL);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.CROSS_SECTIONAL);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.DIAGNOSTIC_ACCURACY);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.CASE_SERIES);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.OTHER);

		initEEnum(reportKindEEnum, ReportKind.class, "ReportKind");
		addEEnumLiteral(reportKindEEnum, ReportKind.JOURNAL_ARTICLE);
		addEEnumLiteral(reportKindEEnum, ReportKind.PREPRINT);
		addEEnumLiteral(reportKindEEnum, ReportKind.CONFERENCE_ABSTRACT);
		addEEnumLiteral(reportKindEEnum, ReportKind.REGISTRY_RECORD);
		addEEnumLiteral(reportKindEEnum, ReportKind.THESIS);
		addEEnumLiteral(reportKindEEnum, ReportKind.OTHER);

		initEEnum(picoKindEEnum, PicoKind.class, "PicoKind");
		addEEnumLiteral(picoKindEEnum, PicoKind.POPULATION);
		addEEnumLiteral(picoKindEEnum, PicoKind.INTERVENTION);
		addEEnumLiteral(picoKindEEnum, PicoKind.COMPARATOR);
		addEEnumLiteral(picoKindEEnum, PicoKind.OUTCOME);

		initEEnum(criterionKindEEnum, CriterionKind.class, "CriterionKind");
		addEEnumLiteral(criterionKindEEnum, CriterionKind.INCLUSION);
		addEEnumLiteral(criterionKindEEnum, CriterionKind.EXCLUSION);

		initEEnum(characteristicKindEEnum, CharacteristicKind.class, "CharacteristicKind");
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.SETTING);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.COUNTRY);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.CENTRES);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.PERIOD);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.PARTICIPANTS);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.AGE);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.SEX);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.DISEASE_STAGE);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.INCLUSION_CRITERIA);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.EXCLUSION_CRITERIA);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.FOLLOW_UP);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.FUNDING);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.CONFLICTS_OF_INTEREST);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.AUTHORS_CONCLUSIONS);
		addEEnumLiteral(characteristicKindEEnum, CharacteristicKind.NOTES);

		initEEnum(screeningStageEEnum, ScreeningStage.class, "ScreeningStage");
		addEEnumLiteral(screeningStageEEnum, ScreeningStage.TITLE_ABSTRACT);
		addEEnumLiteral(screeningStageEEnum, ScreeningStage.FULL_TEXT);

		initEEnum(verdictEEnum, Verdict.class, "Verdict");
		addEEnumLiteral(verdictEEnum, Verdict.INCLUDE);
		addEEnumLiteral(verdictEEnum, Verdict.EXCLUDE);
		addEEnumLiteral(verdictEEnum, Verdict.MAYBE);
		addEEnumLiteral(verdictEEnum, Verdict.NOT_RETRIEVED);

		initEEnum(extractionStatusEEnum, ExtractionStatus.class, "ExtractionStatus");
		addEEnumLiteral(extractionStatusEEnum, ExtractionStatus.IN_PROGRESS);
		addEEnumLiteral(extractionStatusEEnum, ExtractionStatus.COMPLETE);

		// Create resource
		createResource(eNS_URI);
	}

} //AppraisePackageImpl
