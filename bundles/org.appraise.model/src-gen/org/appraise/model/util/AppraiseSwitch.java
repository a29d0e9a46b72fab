/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.util;

import org.appraise.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage
 * @generated
 */
public class AppraiseSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AppraisePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppraiseSwitch() {
		if (modelPackage == null) {
			modelPackage = AppraisePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case AppraisePackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.REVIEW: {
				Review review = (Review)theEObject;
				T result = caseReview(review);
				if (result == null) result = caseIdentified(review);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.CERTAINTY_ASSESSMENT: {
				CertaintyAssessment certaintyAssessment = (CertaintyAssessment)theEObject;
				T result = caseCertaintyAssessment(certaintyAssessment);
				if (result == null) result = caseIdentified(certaintyAssessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.CERTAINTY_RATING: {
				CertaintyRating certaintyRating = (CertaintyRating)theEObject;
				T result = caseCertaintyRating(certaintyRating);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.ANALYSIS: {
				Analysis analysis = (Analysis)theEObject;
				T result = caseAnalysis(analysis);
				if (result == null) result = caseIdentified(analysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.ANALYSIS_COMPARISON: {
				AnalysisComparison analysisComparison = (AnalysisComparison)theEObject;
				T result = caseAnalysisComparison(analysisComparison);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.ANALYSIS_EXCLUSION: {
				AnalysisExclusion analysisExclusion = (AnalysisExclusion)theEObject;
				T result = caseAnalysisExclusion(analysisExclusion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.REVIEW_QUESTION: {
				ReviewQuestion reviewQuestion = (ReviewQuestion)theEObject;
				T result = caseReviewQuestion(reviewQuestion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.ELIGIBILITY_CRITERION: {
				EligibilityCriterion eligibilityCriterion = (EligibilityCriterion)theEObject;
				T result = caseEligibilityCriterion(eligibilityCriterion);
				if (result == null) result = caseIdentified(eligibilityCriterion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.OUTCOME_DEFINITION: {
				OutcomeDefinition outcomeDefinition = (OutcomeDefinition)theEObject;
				T result = caseOutcomeDefinition(outcomeDefinition);
				if (result == null) result = caseIdentified(outcomeDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.REVIEWER: {
				Reviewer reviewer = (Reviewer)theEObject;
				T result = caseReviewer(reviewer);
				if (result == null) result = caseIdentified(reviewer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.EXCLUSION_REASON: {
				ExclusionReason exclusionReason = (ExclusionReason)theEObject;
				T result = caseExclusionReason(exclusionReason);
				if (result == null) result = caseIdentified(exclusionReason);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.IMPORT_BATCH: {
				ImportBatch importBatch = (ImportBatch)theEObject;
				T result = caseImportBatch(importBatch);
				if (result == null) result = caseIdentified(importBatch);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.REFERENCE: {
				Reference reference = (Reference)theEObject;
				T result = caseReference(reference);
				if (result == null) result = caseIdentified(reference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.RECORD_FIELD: {
				RecordField recordField = (RecordField)theEObject;
				T result = caseRecordField(recordField);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.SCREENING_LOG: {
				ScreeningLog screeningLog = (ScreeningLog)theEObject;
				T result = caseScreeningLog(screeningLog);
				if (result == null) result = caseIdentified(screeningLog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.SCREENING_DECISION: {
				ScreeningDecision screeningDecision = (ScreeningDecision)theEObject;
				T result = caseScreeningDecision(screeningDecision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.STUDY: {
				Study study = (Study)theEObject;
				T result = caseStudy(study);
				if (result == null) result = caseIdentified(study);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.REPORT: {
				Report report = (Report)theEObject;
				T result = caseReport(report);
				if (result == null) result = caseIdentified(report);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.EXTRACTION: {
				Extraction extraction = (Extraction)theEObject;
				T result = caseExtraction(extraction);
				if (result == null) result = caseIdentified(extraction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.CONSENSUS_DECISION: {
				ConsensusDecision consensusDecision = (ConsensusDecision)theEObject;
				T result = caseConsensusDecision(consensusDecision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.ANNOTATION: {
				Annotation annotation = (Annotation)theEObject;
				T result = caseAnnotation(annotation);
				if (result == null) result = caseIdentified(annotation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.CHARACTERISTIC: {
				Characteristic characteristic = (Characteristic)theEObject;
				T result = caseCharacteristic(characteristic);
				if (result == null) result = caseIdentified(characteristic);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.PICO_ELEMENT: {
				PicoElement picoElement = (PicoElement)theEObject;
				T result = casePicoElement(picoElement);
				if (result == null) result = caseIdentified(picoElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.ARM: {
				Arm arm = (Arm)theEObject;
				T result = caseArm(arm);
				if (result == null) result = caseIdentified(arm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.GROUP_SIZE: {
				GroupSize groupSize = (GroupSize)theEObject;
				T result = caseGroupSize(groupSize);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.VALUE: {
				Value value = (Value)theEObject;
				T result = caseValue(value);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.OUTCOME_MEASUREMENT: {
				OutcomeMeasurement outcomeMeasurement = (OutcomeMeasurement)theEObject;
				T result = caseOutcomeMeasurement(outcomeMeasurement);
				if (result == null) result = caseIdentified(outcomeMeasurement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.RESULT: {
				Result result = (Result)theEObject;
				T theResult = caseResult(result);
				if (theResult == null) theResult = caseIdentified(result);
				if (theResult == null) theResult = defaultCase(theEObject);
				return theResult;
			}
			case AppraisePackage.ARM_RESULT: {
				ArmResult armResult = (ArmResult)theEObject;
				T result = caseArmResult(armResult);
				if (result == null) result = caseResult(armResult);
				if (result == null) result = caseIdentified(armResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.DICHOTOMOUS_RESULT: {
				DichotomousResult dichotomousResult = (DichotomousResult)theEObject;
				T result = caseDichotomousResult(dichotomousResult);
				if (result == null) result = caseArmResult(dichotomousResult);
				if (result == null) result = caseResult(dichotomousResult);
				if (result == null) result = caseIdentified(dichotomousResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.CONTINUOUS_RESULT: {
				ContinuousResult continuousResult = (ContinuousResult)theEObject;
				T result = caseContinuousResult(continuousResult);
				if (result == null) result = caseArmResult(continuousResult);
				if (result == null) result = caseResult(continuousResult);
				if (result == null) result = caseIdentified(continuousResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.MEDIAN_TIME_TO_EVENT: {
				MedianTimeToEvent medianTimeToEvent = (MedianTimeToEvent)theEObject;
				T result = caseMedianTimeToEvent(medianTimeToEvent);
				if (result == null) result = caseArmResult(medianTimeToEvent);
				if (result == null) result = caseResult(medianTimeToEvent);
				if (result == null) result = caseIdentified(medianTimeToEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.HAZARD_RATIO: {
				HazardRatio hazardRatio = (HazardRatio)theEObject;
				T result = caseHazardRatio(hazardRatio);
				if (result == null) result = caseResult(hazardRatio);
				if (result == null) result = caseIdentified(hazardRatio);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT: {
				RiskOfBiasAssessment riskOfBiasAssessment = (RiskOfBiasAssessment)theEObject;
				T result = caseRiskOfBiasAssessment(riskOfBiasAssessment);
				if (result == null) result = caseIdentified(riskOfBiasAssessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.SIGNALLING_ANSWER: {
				SignallingAnswer signallingAnswer = (SignallingAnswer)theEObject;
				T result = caseSignallingAnswer(signallingAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case AppraisePackage.DOMAIN_JUDGEMENT: {
				DomainJudgement domainJudgement = (DomainJudgement)theEObject;
				T result = caseDomainJudgement(domainJudgement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReview(Review object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Certainty Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Certainty Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCertaintyAssessment(CertaintyAssessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Certainty Rating</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Certainty Rating</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCertaintyRating(CertaintyRating object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalysis(Analysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analysis Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analysis Comparison</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalysisComparison(AnalysisComparison object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analysis Exclusion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analysis Exclusion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalysisExclusion(AnalysisExclusion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review Question</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review Question</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewQuestion(ReviewQuestion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Eligibility Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Eligibility Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEligibilityCriterion(EligibilityCriterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outcome Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outcome Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutcomeDefinition(OutcomeDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reviewer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reviewer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewer(Reviewer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exclusion Reason</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exclusion Reason</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExclusionReason(ExclusionReason object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Import Batch</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Import Batch</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImportBatch(ImportBatch object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReference(Reference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record Field</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record Field</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecordField(RecordField object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Screening Log</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Screening Log</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScreeningLog(ScreeningLog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Screening Decision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Screening Decision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScreeningDecision(ScreeningDecision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudy(Study object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Report</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Report</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReport(Report object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Extraction</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Extraction</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExtraction(Extraction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consensus Decision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consensus Decision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsensusDecision(ConsensusDecision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnotation(Annotation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Characteristic</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Characteristic</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCharacteristic(Characteristic object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pico Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pico Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePicoElement(PicoElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Arm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Arm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArm(Arm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Size</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Size</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupSize(GroupSize object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseValue(Value object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outcome Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outcome Measurement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutcomeMeasurement(OutcomeMeasurement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResult(Result object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Arm Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Arm Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArmResult(ArmResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dichotomous Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dichotomous Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDichotomousResult(DichotomousResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Continuous Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Continuous Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContinuousResult(ContinuousResult object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Median Time To Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Median Time To Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMedianTimeToEvent(MedianTimeToEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hazard Ratio</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hazard Ratio</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHazardRatio(HazardRatio object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk Of Bias Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk Of Bias Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRiskOfBiasAssessment(RiskOfBiasAssessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Signalling Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Signalling Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSignallingAnswer(SignallingAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Domain Judgement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Domain Judgement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDomainJudgement(DomainJudgement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //AppraiseSwitch
