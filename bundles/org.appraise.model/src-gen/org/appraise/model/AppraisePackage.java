/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The review model of Appraise: references, studies and their reports, extractions with arms, outcomes, results and annotations, screening and risk of bias.
 * <!-- end-model-doc -->
 * @see org.appraise.model.AppraiseFactory
 * @model kind="package"
 * @generated
 */
public interface AppraisePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://appraise.org/model/1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "appraise";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AppraisePackage eINSTANCE = org.appraise.model.internal.impl.AppraisePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.IdentifiedImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ReviewImpl <em>Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ReviewImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReview()
	 * @generated
	 */
	int REVIEW = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Question</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__QUESTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__CRITERIA = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__OUTCOMES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reviewers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__REVIEWERS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Risk Of Bias Tools</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__RISK_OF_BIAS_TOOLS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Single Screening</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__SINGLE_SCREENING = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Exclusion Reasons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__EXCLUSION_REASONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Import Batches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__IMPORT_BATCHES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__REFERENCES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Screening</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__SCREENING = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__STUDIES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ANALYSES = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Certainty</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__CERTAINTY = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl <em>Certainty Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.CertaintyAssessmentImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCertaintyAssessment()
	 * @generated
	 */
	int CERTAINTY_ASSESSMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Analysis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__ANALYSIS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__OUTCOME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__ASSESSOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__CONSENSUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__RATINGS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assumed Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__ASSUMED_RISK = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Assumed Risk Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Imprecision Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Optimal Information Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__ORDER = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__NARRATIVE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT__COMMENT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Certainty Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Certainty Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.CertaintyRatingImpl <em>Certainty Rating</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.CertaintyRatingImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCertaintyRating()
	 * @generated
	 */
	int CERTAINTY_RATING = 3;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_RATING__DOMAIN = 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_RATING__RATING = 1;

	/**
	 * The feature id for the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_RATING__FOOTNOTE = 2;

	/**
	 * The number of structural features of the '<em>Certainty Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_RATING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Certainty Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTAINTY_RATING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.AnalysisImpl <em>Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.AnalysisImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnalysis()
	 * @generated
	 */
	int ANALYSIS = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__OUTCOME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CRITERIA = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__POPULATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Timepoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__TIMEPOINT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__MEASURE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__METHOD = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Knha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__KNHA = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Zero Cells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__ZERO_CELLS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Experimental Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__EXPERIMENTAL_NAME = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Control Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__CONTROL_NAME = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Exclusions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__EXCLUSIONS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__COMPARISONS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Subgroups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__SUBGROUPS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Risk Of Bias Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__RISK_OF_BIAS_TOOL = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>I2 Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__I2_RULE = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Lower Favours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS__LOWER_FAVOURS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.AnalysisComparisonImpl <em>Analysis Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.AnalysisComparisonImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnalysisComparison()
	 * @generated
	 */
	int ANALYSIS_COMPARISON = 5;

	/**
	 * The feature id for the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_COMPARISON__STUDY = 0;

	/**
	 * The feature id for the '<em><b>Experimental</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_COMPARISON__EXPERIMENTAL = 1;

	/**
	 * The feature id for the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_COMPARISON__CONTROL = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_COMPARISON__REASON = 3;

	/**
	 * The number of structural features of the '<em>Analysis Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_COMPARISON_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Analysis Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_COMPARISON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.AnalysisExclusionImpl <em>Analysis Exclusion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.AnalysisExclusionImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnalysisExclusion()
	 * @generated
	 */
	int ANALYSIS_EXCLUSION = 6;

	/**
	 * The feature id for the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_EXCLUSION__STUDY = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_EXCLUSION__REASON = 1;

	/**
	 * The number of structural features of the '<em>Analysis Exclusion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_EXCLUSION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Analysis Exclusion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_EXCLUSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ReviewQuestionImpl <em>Review Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ReviewQuestionImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReviewQuestion()
	 * @generated
	 */
	int REVIEW_QUESTION = 7;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION__POPULATION = 1;

	/**
	 * The feature id for the '<em><b>Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION__INTERVENTION = 2;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION__COMPARATOR = 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION__OUTCOME = 4;

	/**
	 * The feature id for the '<em><b>Study Designs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION__STUDY_DESIGNS = 5;

	/**
	 * The number of structural features of the '<em>Review Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Review Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.EligibilityCriterionImpl <em>Eligibility Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.EligibilityCriterionImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getEligibilityCriterion()
	 * @generated
	 */
	int ELIGIBILITY_CRITERION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__ELEMENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Eligibility Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Eligibility Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELIGIBILITY_CRITERION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl <em>Outcome Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.OutcomeDefinitionImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getOutcomeDefinition()
	 * @generated
	 */
	int OUTCOME_DEFINITION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__DOMAIN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measurement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__MEASUREMENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__METRIC = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__AGGREGATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__TIMING = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__PRIMARY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION__NOTES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Outcome Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Outcome Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_DEFINITION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ReviewerImpl <em>Reviewer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ReviewerImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReviewer()
	 * @generated
	 */
	int REVIEWER = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__ROLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ExclusionReasonImpl <em>Exclusion Reason</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ExclusionReasonImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getExclusionReason()
	 * @generated
	 */
	int EXCLUSION_REASON = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_REASON__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_REASON__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_REASON__STAGE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Exclusion Reason</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_REASON_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Exclusion Reason</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_REASON_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ImportBatchImpl <em>Import Batch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ImportBatchImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getImportBatch()
	 * @generated
	 */
	int IMPORT_BATCH = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH__FILE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH__FORMAT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH__SOURCE_DATABASE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH__IMPORTED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Imported By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH__IMPORTED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Record Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH__RECORD_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Import Batch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Import Batch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_BATCH_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ReferenceImpl <em>Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ReferenceImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReference()
	 * @generated
	 */
	int REFERENCE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__AUTHORS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Journal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__JOURNAL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__YEAR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__VOLUME = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__ISSUE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__PAGES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__DOI = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Pmid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__PMID = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Abstract</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__ABSTRACT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__KEYWORDS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Source Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__SOURCE_DATABASE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Batch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__BATCH = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Duplicate Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__DUPLICATE_OF = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Removed Before Screening</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__REMOVED_BEFORE_SCREENING = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Removed By Automation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__REMOVED_BY_AUTOMATION = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE__FIELDS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.RecordFieldImpl <em>Record Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.RecordFieldImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getRecordField()
	 * @generated
	 */
	int RECORD_FIELD = 14;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD__TAG = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Record Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Record Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ScreeningLogImpl <em>Screening Log</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ScreeningLogImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getScreeningLog()
	 * @generated
	 */
	int SCREENING_LOG = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_LOG__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_LOG__REVIEWER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_LOG__CONSENSUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_LOG__DECISIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Screening Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_LOG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Screening Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_LOG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ScreeningDecisionImpl <em>Screening Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ScreeningDecisionImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getScreeningDecision()
	 * @generated
	 */
	int SCREENING_DECISION = 16;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION__REFERENCE = 0;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION__STAGE = 1;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION__VERDICT = 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION__REASON = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION__NOTE = 4;

	/**
	 * The feature id for the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION__DECIDED_AT = 5;

	/**
	 * The number of structural features of the '<em>Screening Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Screening Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCREENING_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.StudyImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>References</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__REFERENCES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__REPORTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Extractions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EXTRACTIONS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ReportImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__FILE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__CONTENT_HASH = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__TITLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__CITATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__DOI = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__LICENCE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__REFERENCE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ExtractionImpl <em>Extraction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ExtractionImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getExtraction()
	 * @generated
	 */
	int EXTRACTION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__REVIEWER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__CONSENSUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__DESIGN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Design Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__DESIGN_SOURCES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Characteristics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__CHARACTERISTICS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pico</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__PICO = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Arms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__ARMS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__MEASUREMENTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__ASSESSMENTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__ANNOTATIONS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__NOTES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION__DECISIONS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Extraction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Extraction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ConsensusDecisionImpl <em>Consensus Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ConsensusDecisionImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getConsensusDecision()
	 * @generated
	 */
	int CONSENSUS_DECISION = 20;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_DECISION__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_DECISION__FIELD = 1;

	/**
	 * The feature id for the '<em><b>Taken</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_DECISION__TAKEN = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_DECISION__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_DECISION__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Consensus Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_DECISION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Consensus Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.AnnotationImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Report</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__REPORT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__START = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__END = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__QUOTE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__PAGE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__LABEL = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__COMMENT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__AUTHOR = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.CharacteristicImpl <em>Characteristic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.CharacteristicImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCharacteristic()
	 * @generated
	 */
	int CHARACTERISTIC = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTERISTIC__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTERISTIC__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTERISTIC__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTERISTIC__SOURCES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Characteristic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTERISTIC_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Characteristic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARACTERISTIC_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.PicoElementImpl <em>Pico Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.PicoElementImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getPicoElement()
	 * @generated
	 */
	int PICO_ELEMENT = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PICO_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PICO_ELEMENT__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PICO_ELEMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PICO_ELEMENT__SOURCES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Pico Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PICO_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Pico Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PICO_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ArmImpl <em>Arm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ArmImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getArm()
	 * @generated
	 */
	int ARM = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__INTERVENTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Group Sizes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__GROUP_SIZES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM__SOURCES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.GroupSizeImpl <em>Group Size</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.GroupSizeImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getGroupSize()
	 * @generated
	 */
	int GROUP_SIZE = 25;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SIZE__POPULATION = 0;

	/**
	 * The feature id for the '<em><b>N</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SIZE__N = 1;

	/**
	 * The number of structural features of the '<em>Group Size</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SIZE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Group Size</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_SIZE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ValueImpl <em>Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ValueImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getValue()
	 * @generated
	 */
	int VALUE = 26;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__SOURCES = 2;

	/**
	 * The feature id for the '<em><b>Derived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__DERIVED = 3;

	/**
	 * The feature id for the '<em><b>Derivation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__DERIVATION = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__NOTE = 5;

	/**
	 * The feature id for the '<em><b>Proposed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__PROPOSED_BY = 6;

	/**
	 * The number of structural features of the '<em>Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl <em>Outcome Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.OutcomeMeasurementImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getOutcomeMeasurement()
	 * @generated
	 */
	int OUTCOME_MEASUREMENT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT__OUTCOME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT__CRITERIA = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Timepoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT__TIMEPOINT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT__POPULATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT__RESULTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT__NOTES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Outcome Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Outcome Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASUREMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ResultImpl <em>Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ResultImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getResult()
	 * @generated
	 */
	int RESULT = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__NOTES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ArmResultImpl <em>Arm Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ArmResultImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getArmResult()
	 * @generated
	 */
	int ARM_RESULT = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_RESULT__ID = RESULT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_RESULT__NOTES = RESULT__NOTES;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_RESULT__ARM = RESULT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Arm Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_RESULT_FEATURE_COUNT = RESULT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Arm Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_RESULT_OPERATION_COUNT = RESULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.DichotomousResultImpl <em>Dichotomous Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.DichotomousResultImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getDichotomousResult()
	 * @generated
	 */
	int DICHOTOMOUS_RESULT = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICHOTOMOUS_RESULT__ID = ARM_RESULT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICHOTOMOUS_RESULT__NOTES = ARM_RESULT__NOTES;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICHOTOMOUS_RESULT__ARM = ARM_RESULT__ARM;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICHOTOMOUS_RESULT__EVENTS = ARM_RESULT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICHOTOMOUS_RESULT__TOTAL = ARM_RESULT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Dichotomous Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICHOTOMOUS_RESULT_FEATURE_COUNT = ARM_RESULT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Dichotomous Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DICHOTOMOUS_RESULT_OPERATION_COUNT = ARM_RESULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.ContinuousResultImpl <em>Continuous Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.ContinuousResultImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getContinuousResult()
	 * @generated
	 */
	int CONTINUOUS_RESULT = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT__ID = ARM_RESULT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT__NOTES = ARM_RESULT__NOTES;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT__ARM = ARM_RESULT__ARM;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT__MEAN = ARM_RESULT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sd</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT__SD = ARM_RESULT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>N</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT__N = ARM_RESULT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Continuous Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT_FEATURE_COUNT = ARM_RESULT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Continuous Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUOUS_RESULT_OPERATION_COUNT = ARM_RESULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.MedianTimeToEventImpl <em>Median Time To Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.MedianTimeToEventImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getMedianTimeToEvent()
	 * @generated
	 */
	int MEDIAN_TIME_TO_EVENT = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__ID = ARM_RESULT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__NOTES = ARM_RESULT__NOTES;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__ARM = ARM_RESULT__ARM;

	/**
	 * The feature id for the '<em><b>Median</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__MEDIAN = ARM_RESULT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__LOWER = ARM_RESULT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__UPPER = ARM_RESULT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ci Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__CI_LEVEL = ARM_RESULT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Not Reached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT__NOT_REACHED = ARM_RESULT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Median Time To Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT_FEATURE_COUNT = ARM_RESULT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Median Time To Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIAN_TIME_TO_EVENT_OPERATION_COUNT = ARM_RESULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.HazardRatioImpl <em>Hazard Ratio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.HazardRatioImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getHazardRatio()
	 * @generated
	 */
	int HAZARD_RATIO = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__ID = RESULT__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__NOTES = RESULT__NOTES;

	/**
	 * The feature id for the '<em><b>Experimental</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__EXPERIMENTAL = RESULT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__COMPARATOR = RESULT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__ESTIMATE = RESULT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__LOWER = RESULT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__UPPER = RESULT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ci Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__CI_LEVEL = RESULT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>PValue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__PVALUE = RESULT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Adjusted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__ADJUSTED = RESULT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Adjustment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO__ADJUSTMENT = RESULT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Hazard Ratio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO_FEATURE_COUNT = RESULT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Hazard Ratio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HAZARD_RATIO_OPERATION_COUNT = RESULT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl <em>Risk Of Bias Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getRiskOfBiasAssessment()
	 * @generated
	 */
	int RISK_OF_BIAS_ASSESSMENT = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__TOOL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tool Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measurement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__MEASUREMENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__ANSWERS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__DOMAINS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Proposed Overall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Overall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__OVERALL = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Overall Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT__NOTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Risk Of Bias Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Risk Of Bias Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OF_BIAS_ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.SignallingAnswerImpl <em>Signalling Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.SignallingAnswerImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getSignallingAnswer()
	 * @generated
	 */
	int SIGNALLING_ANSWER = 35;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALLING_ANSWER__QUESTION = 0;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALLING_ANSWER__ANSWER = 1;

	/**
	 * The feature id for the '<em><b>Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALLING_ANSWER__SUPPORT = 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALLING_ANSWER__SOURCES = 3;

	/**
	 * The number of structural features of the '<em>Signalling Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALLING_ANSWER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Signalling Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALLING_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.internal.impl.DomainJudgementImpl <em>Domain Judgement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.internal.impl.DomainJudgementImpl
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getDomainJudgement()
	 * @generated
	 */
	int DOMAIN_JUDGEMENT = 36;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT__DOMAIN = 0;

	/**
	 * The feature id for the '<em><b>Proposed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT__PROPOSED = 1;

	/**
	 * The feature id for the '<em><b>Judgement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT__JUDGEMENT = 2;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT__SCORE = 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT__RATIONALE = 4;

	/**
	 * The feature id for the '<em><b>Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT__SUPPORT = 5;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT__SOURCES = 6;

	/**
	 * The number of structural features of the '<em>Domain Judgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Domain Judgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_JUDGEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.appraise.model.ReviewerRole <em>Reviewer Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.ReviewerRole
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReviewerRole()
	 * @generated
	 */
	int REVIEWER_ROLE = 37;

	/**
	 * The meta object id for the '{@link org.appraise.model.StudyDesign <em>Study Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.StudyDesign
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getStudyDesign()
	 * @generated
	 */
	int STUDY_DESIGN = 38;

	/**
	 * The meta object id for the '{@link org.appraise.model.ReportKind <em>Report Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.ReportKind
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReportKind()
	 * @generated
	 */
	int REPORT_KIND = 39;

	/**
	 * The meta object id for the '{@link org.appraise.model.PicoKind <em>Pico Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.PicoKind
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getPicoKind()
	 * @generated
	 */
	int PICO_KIND = 40;

	/**
	 * The meta object id for the '{@link org.appraise.model.CriterionKind <em>Criterion Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.CriterionKind
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCriterionKind()
	 * @generated
	 */
	int CRITERION_KIND = 41;

	/**
	 * The meta object id for the '{@link org.appraise.model.CharacteristicKind <em>Characteristic Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.CharacteristicKind
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCharacteristicKind()
	 * @generated
	 */
	int CHARACTERISTIC_KIND = 42;

	/**
	 * The meta object id for the '{@link org.appraise.model.ScreeningStage <em>Screening Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.ScreeningStage
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getScreeningStage()
	 * @generated
	 */
	int SCREENING_STAGE = 43;

	/**
	 * The meta object id for the '{@link org.appraise.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.Verdict
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 44;

	/**
	 * The meta object id for the '{@link org.appraise.model.ExtractionStatus <em>Extraction Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.appraise.model.ExtractionStatus
	 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getExtractionStatus()
	 * @generated
	 */
	int EXTRACTION_STATUS = 45;


	/**
	 * Returns the meta object for class '{@link org.appraise.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.appraise.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.appraise.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review</em>'.
	 * @see org.appraise.model.Review
	 * @generated
	 */
	EClass getReview();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Review#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.appraise.model.Review#getTitle()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Title();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.Review#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Question</em>'.
	 * @see org.appraise.model.Review#getQuestion()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Question();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.appraise.model.Review#getCriteria()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Criteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.appraise.model.Review#getOutcomes()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getReviewers <em>Reviewers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviewers</em>'.
	 * @see org.appraise.model.Review#getReviewers()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Reviewers();

	/**
	 * Returns the meta object for the attribute list '{@link org.appraise.model.Review#getRiskOfBiasTools <em>Risk Of Bias Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Risk Of Bias Tools</em>'.
	 * @see org.appraise.model.Review#getRiskOfBiasTools()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_RiskOfBiasTools();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Review#isSingleScreening <em>Single Screening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Single Screening</em>'.
	 * @see org.appraise.model.Review#isSingleScreening()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_SingleScreening();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getExclusionReasons <em>Exclusion Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exclusion Reasons</em>'.
	 * @see org.appraise.model.Review#getExclusionReasons()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_ExclusionReasons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getImportBatches <em>Import Batches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Import Batches</em>'.
	 * @see org.appraise.model.Review#getImportBatches()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_ImportBatches();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>References</em>'.
	 * @see org.appraise.model.Review#getReferences()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_References();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getScreening <em>Screening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Screening</em>'.
	 * @see org.appraise.model.Review#getScreening()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Screening();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getStudies <em>Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Studies</em>'.
	 * @see org.appraise.model.Review#getStudies()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Studies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getAnalyses <em>Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Analyses</em>'.
	 * @see org.appraise.model.Review#getAnalyses()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Analyses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Review#getCertainty <em>Certainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certainty</em>'.
	 * @see org.appraise.model.Review#getCertainty()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Certainty();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.CertaintyAssessment <em>Certainty Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certainty Assessment</em>'.
	 * @see org.appraise.model.CertaintyAssessment
	 * @generated
	 */
	EClass getCertaintyAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.CertaintyAssessment#getAnalysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Analysis</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getAnalysis()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EReference getCertaintyAssessment_Analysis();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.CertaintyAssessment#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getOutcome()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EReference getCertaintyAssessment_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessor</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getAssessor()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_Assessor();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#isConsensus <em>Consensus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consensus</em>'.
	 * @see org.appraise.model.CertaintyAssessment#isConsensus()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_Consensus();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getEvidence()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.CertaintyAssessment#getRatings <em>Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ratings</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getRatings()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EReference getCertaintyAssessment_Ratings();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getAssumedRisk <em>Assumed Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumed Risk</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getAssumedRisk()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_AssumedRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getAssumedRiskSource <em>Assumed Risk Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assumed Risk Source</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getAssumedRiskSource()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_AssumedRiskSource();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getImprecisionThreshold <em>Imprecision Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imprecision Threshold</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getImprecisionThreshold()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_ImprecisionThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getOptimalInformationSize <em>Optimal Information Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimal Information Size</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getOptimalInformationSize()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_OptimalInformationSize();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getOrder()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Narrative</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getNarrative()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_Narrative();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyAssessment#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.appraise.model.CertaintyAssessment#getComment()
	 * @see #getCertaintyAssessment()
	 * @generated
	 */
	EAttribute getCertaintyAssessment_Comment();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.CertaintyRating <em>Certainty Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certainty Rating</em>'.
	 * @see org.appraise.model.CertaintyRating
	 * @generated
	 */
	EClass getCertaintyRating();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyRating#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.appraise.model.CertaintyRating#getDomain()
	 * @see #getCertaintyRating()
	 * @generated
	 */
	EAttribute getCertaintyRating_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyRating#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.appraise.model.CertaintyRating#getRating()
	 * @see #getCertaintyRating()
	 * @generated
	 */
	EAttribute getCertaintyRating_Rating();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.CertaintyRating#getFootnote <em>Footnote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Footnote</em>'.
	 * @see org.appraise.model.CertaintyRating#getFootnote()
	 * @see #getCertaintyRating()
	 * @generated
	 */
	EAttribute getCertaintyRating_Footnote();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Analysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis</em>'.
	 * @see org.appraise.model.Analysis
	 * @generated
	 */
	EClass getAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.appraise.model.Analysis#getName()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Name();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.Analysis#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.appraise.model.Analysis#getOutcome()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see org.appraise.model.Analysis#getCriteria()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.appraise.model.Analysis#getPopulation()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getTimepoint <em>Timepoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timepoint</em>'.
	 * @see org.appraise.model.Analysis#getTimepoint()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Timepoint();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.appraise.model.Analysis#getMeasure()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.appraise.model.Analysis#getMethod()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#isKnha <em>Knha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knha</em>'.
	 * @see org.appraise.model.Analysis#isKnha()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Knha();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getZeroCells <em>Zero Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zero Cells</em>'.
	 * @see org.appraise.model.Analysis#getZeroCells()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_ZeroCells();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getExperimentalName <em>Experimental Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experimental Name</em>'.
	 * @see org.appraise.model.Analysis#getExperimentalName()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_ExperimentalName();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getControlName <em>Control Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Name</em>'.
	 * @see org.appraise.model.Analysis#getControlName()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_ControlName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Analysis#getExclusions <em>Exclusions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exclusions</em>'.
	 * @see org.appraise.model.Analysis#getExclusions()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Exclusions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Analysis#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparisons</em>'.
	 * @see org.appraise.model.Analysis#getComparisons()
	 * @see #getAnalysis()
	 * @generated
	 */
	EReference getAnalysis_Comparisons();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getSubgroups <em>Subgroups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subgroups</em>'.
	 * @see org.appraise.model.Analysis#getSubgroups()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_Subgroups();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getRiskOfBiasTool <em>Risk Of Bias Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Of Bias Tool</em>'.
	 * @see org.appraise.model.Analysis#getRiskOfBiasTool()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_RiskOfBiasTool();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getI2Rule <em>I2 Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>I2 Rule</em>'.
	 * @see org.appraise.model.Analysis#getI2Rule()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_I2Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Analysis#getLowerFavours <em>Lower Favours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower Favours</em>'.
	 * @see org.appraise.model.Analysis#getLowerFavours()
	 * @see #getAnalysis()
	 * @generated
	 */
	EAttribute getAnalysis_LowerFavours();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.AnalysisComparison <em>Analysis Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Comparison</em>'.
	 * @see org.appraise.model.AnalysisComparison
	 * @generated
	 */
	EClass getAnalysisComparison();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.AnalysisComparison#getStudy <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Study</em>'.
	 * @see org.appraise.model.AnalysisComparison#getStudy()
	 * @see #getAnalysisComparison()
	 * @generated
	 */
	EReference getAnalysisComparison_Study();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.AnalysisComparison#getExperimental <em>Experimental</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Experimental</em>'.
	 * @see org.appraise.model.AnalysisComparison#getExperimental()
	 * @see #getAnalysisComparison()
	 * @generated
	 */
	EReference getAnalysisComparison_Experimental();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.AnalysisComparison#getControl <em>Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Control</em>'.
	 * @see org.appraise.model.AnalysisComparison#getControl()
	 * @see #getAnalysisComparison()
	 * @generated
	 */
	EReference getAnalysisComparison_Control();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.AnalysisComparison#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.appraise.model.AnalysisComparison#getReason()
	 * @see #getAnalysisComparison()
	 * @generated
	 */
	EAttribute getAnalysisComparison_Reason();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.AnalysisExclusion <em>Analysis Exclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Exclusion</em>'.
	 * @see org.appraise.model.AnalysisExclusion
	 * @generated
	 */
	EClass getAnalysisExclusion();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.AnalysisExclusion#getStudy <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Study</em>'.
	 * @see org.appraise.model.AnalysisExclusion#getStudy()
	 * @see #getAnalysisExclusion()
	 * @generated
	 */
	EReference getAnalysisExclusion_Study();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.AnalysisExclusion#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.appraise.model.AnalysisExclusion#getReason()
	 * @see #getAnalysisExclusion()
	 * @generated
	 */
	EAttribute getAnalysisExclusion_Reason();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ReviewQuestion <em>Review Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Question</em>'.
	 * @see org.appraise.model.ReviewQuestion
	 * @generated
	 */
	EClass getReviewQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ReviewQuestion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.appraise.model.ReviewQuestion#getText()
	 * @see #getReviewQuestion()
	 * @generated
	 */
	EAttribute getReviewQuestion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ReviewQuestion#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.appraise.model.ReviewQuestion#getPopulation()
	 * @see #getReviewQuestion()
	 * @generated
	 */
	EAttribute getReviewQuestion_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ReviewQuestion#getIntervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intervention</em>'.
	 * @see org.appraise.model.ReviewQuestion#getIntervention()
	 * @see #getReviewQuestion()
	 * @generated
	 */
	EAttribute getReviewQuestion_Intervention();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ReviewQuestion#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator</em>'.
	 * @see org.appraise.model.ReviewQuestion#getComparator()
	 * @see #getReviewQuestion()
	 * @generated
	 */
	EAttribute getReviewQuestion_Comparator();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ReviewQuestion#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.appraise.model.ReviewQuestion#getOutcome()
	 * @see #getReviewQuestion()
	 * @generated
	 */
	EAttribute getReviewQuestion_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ReviewQuestion#getStudyDesigns <em>Study Designs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Designs</em>'.
	 * @see org.appraise.model.ReviewQuestion#getStudyDesigns()
	 * @see #getReviewQuestion()
	 * @generated
	 */
	EAttribute getReviewQuestion_StudyDesigns();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.EligibilityCriterion <em>Eligibility Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Eligibility Criterion</em>'.
	 * @see org.appraise.model.EligibilityCriterion
	 * @generated
	 */
	EClass getEligibilityCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.EligibilityCriterion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.appraise.model.EligibilityCriterion#getKind()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.EligibilityCriterion#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element</em>'.
	 * @see org.appraise.model.EligibilityCriterion#getElement()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.EligibilityCriterion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.appraise.model.EligibilityCriterion#getText()
	 * @see #getEligibilityCriterion()
	 * @generated
	 */
	EAttribute getEligibilityCriterion_Text();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.OutcomeDefinition <em>Outcome Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome Definition</em>'.
	 * @see org.appraise.model.OutcomeDefinition
	 * @generated
	 */
	EClass getOutcomeDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.appraise.model.OutcomeDefinition#getName()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.appraise.model.OutcomeDefinition#getDomain()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#getMeasurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measurement</em>'.
	 * @see org.appraise.model.OutcomeDefinition#getMeasurement()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Measurement();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.appraise.model.OutcomeDefinition#getMetric()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see org.appraise.model.OutcomeDefinition#getAggregation()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Aggregation();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#getTiming <em>Timing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timing</em>'.
	 * @see org.appraise.model.OutcomeDefinition#getTiming()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Timing();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.appraise.model.OutcomeDefinition#isPrimary()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Primary();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeDefinition#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.appraise.model.OutcomeDefinition#getNotes()
	 * @see #getOutcomeDefinition()
	 * @generated
	 */
	EAttribute getOutcomeDefinition_Notes();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Reviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reviewer</em>'.
	 * @see org.appraise.model.Reviewer
	 * @generated
	 */
	EClass getReviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reviewer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.appraise.model.Reviewer#getName()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reviewer#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.appraise.model.Reviewer#getRole()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Role();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ExclusionReason <em>Exclusion Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exclusion Reason</em>'.
	 * @see org.appraise.model.ExclusionReason
	 * @generated
	 */
	EClass getExclusionReason();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ExclusionReason#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.appraise.model.ExclusionReason#getText()
	 * @see #getExclusionReason()
	 * @generated
	 */
	EAttribute getExclusionReason_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ExclusionReason#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.appraise.model.ExclusionReason#getStage()
	 * @see #getExclusionReason()
	 * @generated
	 */
	EAttribute getExclusionReason_Stage();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ImportBatch <em>Import Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Batch</em>'.
	 * @see org.appraise.model.ImportBatch
	 * @generated
	 */
	EClass getImportBatch();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ImportBatch#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.appraise.model.ImportBatch#getFile()
	 * @see #getImportBatch()
	 * @generated
	 */
	EAttribute getImportBatch_File();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ImportBatch#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.appraise.model.ImportBatch#getFormat()
	 * @see #getImportBatch()
	 * @generated
	 */
	EAttribute getImportBatch_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ImportBatch#getSourceDatabase <em>Source Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Database</em>'.
	 * @see org.appraise.model.ImportBatch#getSourceDatabase()
	 * @see #getImportBatch()
	 * @generated
	 */
	EAttribute getImportBatch_SourceDatabase();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ImportBatch#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see org.appraise.model.ImportBatch#getImportedAt()
	 * @see #getImportBatch()
	 * @generated
	 */
	EAttribute getImportBatch_ImportedAt();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.ImportBatch#getImportedBy <em>Imported By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Imported By</em>'.
	 * @see org.appraise.model.ImportBatch#getImportedBy()
	 * @see #getImportBatch()
	 * @generated
	 */
	EReference getImportBatch_ImportedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ImportBatch#getRecordCount <em>Record Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Count</em>'.
	 * @see org.appraise.model.ImportBatch#getRecordCount()
	 * @see #getImportBatch()
	 * @generated
	 */
	EAttribute getImportBatch_RecordCount();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Reference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference</em>'.
	 * @see org.appraise.model.Reference
	 * @generated
	 */
	EClass getReference();

	/**
	 * Returns the meta object for the attribute list '{@link org.appraise.model.Reference#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authors</em>'.
	 * @see org.appraise.model.Reference#getAuthors()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Authors();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.appraise.model.Reference#getTitle()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getJournal <em>Journal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Journal</em>'.
	 * @see org.appraise.model.Reference#getJournal()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Journal();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.appraise.model.Reference#getYear()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume</em>'.
	 * @see org.appraise.model.Reference#getVolume()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Volume();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getIssue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue</em>'.
	 * @see org.appraise.model.Reference#getIssue()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Issue();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages</em>'.
	 * @see org.appraise.model.Reference#getPages()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Pages();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getDoi <em>Doi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doi</em>'.
	 * @see org.appraise.model.Reference#getDoi()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Doi();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getPmid <em>Pmid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pmid</em>'.
	 * @see org.appraise.model.Reference#getPmid()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Pmid();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getAbstract <em>Abstract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abstract</em>'.
	 * @see org.appraise.model.Reference#getAbstract()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Abstract();

	/**
	 * Returns the meta object for the attribute list '{@link org.appraise.model.Reference#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.appraise.model.Reference#getKeywords()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_Keywords();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getSourceDatabase <em>Source Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Database</em>'.
	 * @see org.appraise.model.Reference#getSourceDatabase()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_SourceDatabase();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.Reference#getBatch <em>Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Batch</em>'.
	 * @see org.appraise.model.Reference#getBatch()
	 * @see #getReference()
	 * @generated
	 */
	EReference getReference_Batch();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.Reference#getDuplicateOf <em>Duplicate Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Duplicate Of</em>'.
	 * @see org.appraise.model.Reference#getDuplicateOf()
	 * @see #getReference()
	 * @generated
	 */
	EReference getReference_DuplicateOf();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#getRemovedBeforeScreening <em>Removed Before Screening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Removed Before Screening</em>'.
	 * @see org.appraise.model.Reference#getRemovedBeforeScreening()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_RemovedBeforeScreening();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Reference#isRemovedByAutomation <em>Removed By Automation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Removed By Automation</em>'.
	 * @see org.appraise.model.Reference#isRemovedByAutomation()
	 * @see #getReference()
	 * @generated
	 */
	EAttribute getReference_RemovedByAutomation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Reference#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.appraise.model.Reference#getFields()
	 * @see #getReference()
	 * @generated
	 */
	EReference getReference_Fields();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.RecordField <em>Record Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record Field</em>'.
	 * @see org.appraise.model.RecordField
	 * @generated
	 */
	EClass getRecordField();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RecordField#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.appraise.model.RecordField#getTag()
	 * @see #getRecordField()
	 * @generated
	 */
	EAttribute getRecordField_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RecordField#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.appraise.model.RecordField#getValue()
	 * @see #getRecordField()
	 * @generated
	 */
	EAttribute getRecordField_Value();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ScreeningLog <em>Screening Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Screening Log</em>'.
	 * @see org.appraise.model.ScreeningLog
	 * @generated
	 */
	EClass getScreeningLog();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.ScreeningLog#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see org.appraise.model.ScreeningLog#getReviewer()
	 * @see #getScreeningLog()
	 * @generated
	 */
	EReference getScreeningLog_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ScreeningLog#isConsensus <em>Consensus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consensus</em>'.
	 * @see org.appraise.model.ScreeningLog#isConsensus()
	 * @see #getScreeningLog()
	 * @generated
	 */
	EAttribute getScreeningLog_Consensus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.ScreeningLog#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.appraise.model.ScreeningLog#getDecisions()
	 * @see #getScreeningLog()
	 * @generated
	 */
	EReference getScreeningLog_Decisions();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ScreeningDecision <em>Screening Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Screening Decision</em>'.
	 * @see org.appraise.model.ScreeningDecision
	 * @generated
	 */
	EClass getScreeningDecision();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.ScreeningDecision#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference</em>'.
	 * @see org.appraise.model.ScreeningDecision#getReference()
	 * @see #getScreeningDecision()
	 * @generated
	 */
	EReference getScreeningDecision_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ScreeningDecision#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.appraise.model.ScreeningDecision#getStage()
	 * @see #getScreeningDecision()
	 * @generated
	 */
	EAttribute getScreeningDecision_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ScreeningDecision#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.appraise.model.ScreeningDecision#getVerdict()
	 * @see #getScreeningDecision()
	 * @generated
	 */
	EAttribute getScreeningDecision_Verdict();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.ScreeningDecision#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reason</em>'.
	 * @see org.appraise.model.ScreeningDecision#getReason()
	 * @see #getScreeningDecision()
	 * @generated
	 */
	EReference getScreeningDecision_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ScreeningDecision#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.appraise.model.ScreeningDecision#getNote()
	 * @see #getScreeningDecision()
	 * @generated
	 */
	EAttribute getScreeningDecision_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ScreeningDecision#getDecidedAt <em>Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided At</em>'.
	 * @see org.appraise.model.ScreeningDecision#getDecidedAt()
	 * @see #getScreeningDecision()
	 * @generated
	 */
	EAttribute getScreeningDecision_DecidedAt();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.appraise.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Study#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.appraise.model.Study#getLabel()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Label();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.Study#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>References</em>'.
	 * @see org.appraise.model.Study#getReferences()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_References();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Study#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reports</em>'.
	 * @see org.appraise.model.Study#getReports()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Reports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Study#getExtractions <em>Extractions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extractions</em>'.
	 * @see org.appraise.model.Study#getExtractions()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Extractions();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see org.appraise.model.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Report#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.appraise.model.Report#getFile()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_File();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Report#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.appraise.model.Report#getContentHash()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Report#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.appraise.model.Report#getKind()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Report#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.appraise.model.Report#getTitle()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Report#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.appraise.model.Report#getCitation()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Citation();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Report#getDoi <em>Doi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doi</em>'.
	 * @see org.appraise.model.Report#getDoi()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Doi();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Report#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see org.appraise.model.Report#getLicence()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Licence();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.Report#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference</em>'.
	 * @see org.appraise.model.Report#getReference()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Reference();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Extraction <em>Extraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extraction</em>'.
	 * @see org.appraise.model.Extraction
	 * @generated
	 */
	EClass getExtraction();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.Extraction#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see org.appraise.model.Extraction#getReviewer()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Extraction#isConsensus <em>Consensus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consensus</em>'.
	 * @see org.appraise.model.Extraction#isConsensus()
	 * @see #getExtraction()
	 * @generated
	 */
	EAttribute getExtraction_Consensus();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Extraction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.appraise.model.Extraction#getStatus()
	 * @see #getExtraction()
	 * @generated
	 */
	EAttribute getExtraction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Extraction#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design</em>'.
	 * @see org.appraise.model.Extraction#getDesign()
	 * @see #getExtraction()
	 * @generated
	 */
	EAttribute getExtraction_Design();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.Extraction#getDesignSources <em>Design Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Design Sources</em>'.
	 * @see org.appraise.model.Extraction#getDesignSources()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_DesignSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Extraction#getCharacteristics <em>Characteristics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Characteristics</em>'.
	 * @see org.appraise.model.Extraction#getCharacteristics()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Characteristics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Extraction#getPico <em>Pico</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pico</em>'.
	 * @see org.appraise.model.Extraction#getPico()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Pico();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Extraction#getArms <em>Arms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arms</em>'.
	 * @see org.appraise.model.Extraction#getArms()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Arms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Extraction#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.appraise.model.Extraction#getMeasurements()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Measurements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Extraction#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.appraise.model.Extraction#getAssessments()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Extraction#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.appraise.model.Extraction#getAnnotations()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Annotations();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Extraction#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.appraise.model.Extraction#getNotes()
	 * @see #getExtraction()
	 * @generated
	 */
	EAttribute getExtraction_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Extraction#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.appraise.model.Extraction#getDecisions()
	 * @see #getExtraction()
	 * @generated
	 */
	EReference getExtraction_Decisions();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ConsensusDecision <em>Consensus Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consensus Decision</em>'.
	 * @see org.appraise.model.ConsensusDecision
	 * @generated
	 */
	EClass getConsensusDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ConsensusDecision#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.appraise.model.ConsensusDecision#getGroup()
	 * @see #getConsensusDecision()
	 * @generated
	 */
	EAttribute getConsensusDecision_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ConsensusDecision#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.appraise.model.ConsensusDecision#getField()
	 * @see #getConsensusDecision()
	 * @generated
	 */
	EAttribute getConsensusDecision_Field();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.ConsensusDecision#getTaken <em>Taken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Taken</em>'.
	 * @see org.appraise.model.ConsensusDecision#getTaken()
	 * @see #getConsensusDecision()
	 * @generated
	 */
	EReference getConsensusDecision_Taken();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ConsensusDecision#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.appraise.model.ConsensusDecision#getValue()
	 * @see #getConsensusDecision()
	 * @generated
	 */
	EAttribute getConsensusDecision_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.ConsensusDecision#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.appraise.model.ConsensusDecision#getNote()
	 * @see #getConsensusDecision()
	 * @generated
	 */
	EAttribute getConsensusDecision_Note();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.appraise.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.Annotation#getReport <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Report</em>'.
	 * @see org.appraise.model.Annotation#getReport()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Report();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Annotation#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.appraise.model.Annotation#getStart()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Annotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.appraise.model.Annotation#getEnd()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_End();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Annotation#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.appraise.model.Annotation#getQuote()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Annotation#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.appraise.model.Annotation#getPage()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Annotation#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.appraise.model.Annotation#getLabel()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Annotation#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.appraise.model.Annotation#getComment()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Comment();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.Annotation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.appraise.model.Annotation#getAuthor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Author();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Characteristic <em>Characteristic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Characteristic</em>'.
	 * @see org.appraise.model.Characteristic
	 * @generated
	 */
	EClass getCharacteristic();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Characteristic#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.appraise.model.Characteristic#getKind()
	 * @see #getCharacteristic()
	 * @generated
	 */
	EAttribute getCharacteristic_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Characteristic#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.appraise.model.Characteristic#getText()
	 * @see #getCharacteristic()
	 * @generated
	 */
	EAttribute getCharacteristic_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.Characteristic#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.appraise.model.Characteristic#getSources()
	 * @see #getCharacteristic()
	 * @generated
	 */
	EReference getCharacteristic_Sources();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.PicoElement <em>Pico Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pico Element</em>'.
	 * @see org.appraise.model.PicoElement
	 * @generated
	 */
	EClass getPicoElement();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.PicoElement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.appraise.model.PicoElement#getKind()
	 * @see #getPicoElement()
	 * @generated
	 */
	EAttribute getPicoElement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.PicoElement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.appraise.model.PicoElement#getText()
	 * @see #getPicoElement()
	 * @generated
	 */
	EAttribute getPicoElement_Text();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.PicoElement#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.appraise.model.PicoElement#getSources()
	 * @see #getPicoElement()
	 * @generated
	 */
	EReference getPicoElement_Sources();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Arm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arm</em>'.
	 * @see org.appraise.model.Arm
	 * @generated
	 */
	EClass getArm();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Arm#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.appraise.model.Arm#getLabel()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Arm#getIntervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intervention</em>'.
	 * @see org.appraise.model.Arm#getIntervention()
	 * @see #getArm()
	 * @generated
	 */
	EAttribute getArm_Intervention();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.Arm#getGroupSizes <em>Group Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Group Sizes</em>'.
	 * @see org.appraise.model.Arm#getGroupSizes()
	 * @see #getArm()
	 * @generated
	 */
	EReference getArm_GroupSizes();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.Arm#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.appraise.model.Arm#getSources()
	 * @see #getArm()
	 * @generated
	 */
	EReference getArm_Sources();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.GroupSize <em>Group Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Size</em>'.
	 * @see org.appraise.model.GroupSize
	 * @generated
	 */
	EClass getGroupSize();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.GroupSize#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.appraise.model.GroupSize#getPopulation()
	 * @see #getGroupSize()
	 * @generated
	 */
	EAttribute getGroupSize_Population();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.GroupSize#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>N</em>'.
	 * @see org.appraise.model.GroupSize#getN()
	 * @see #getGroupSize()
	 * @generated
	 */
	EReference getGroupSize_N();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Value <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value</em>'.
	 * @see org.appraise.model.Value
	 * @generated
	 */
	EClass getValue();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Value#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.appraise.model.Value#getNumber()
	 * @see #getValue()
	 * @generated
	 */
	EAttribute getValue_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Value#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.appraise.model.Value#getUnit()
	 * @see #getValue()
	 * @generated
	 */
	EAttribute getValue_Unit();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.Value#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.appraise.model.Value#getSources()
	 * @see #getValue()
	 * @generated
	 */
	EReference getValue_Sources();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Value#isDerived <em>Derived</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derived</em>'.
	 * @see org.appraise.model.Value#isDerived()
	 * @see #getValue()
	 * @generated
	 */
	EAttribute getValue_Derived();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Value#getDerivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Derivation</em>'.
	 * @see org.appraise.model.Value#getDerivation()
	 * @see #getValue()
	 * @generated
	 */
	EAttribute getValue_Derivation();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Value#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.appraise.model.Value#getNote()
	 * @see #getValue()
	 * @generated
	 */
	EAttribute getValue_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Value#getProposedBy <em>Proposed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed By</em>'.
	 * @see org.appraise.model.Value#getProposedBy()
	 * @see #getValue()
	 * @generated
	 */
	EAttribute getValue_ProposedBy();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.OutcomeMeasurement <em>Outcome Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome Measurement</em>'.
	 * @see org.appraise.model.OutcomeMeasurement
	 * @generated
	 */
	EClass getOutcomeMeasurement();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.OutcomeMeasurement#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Outcome</em>'.
	 * @see org.appraise.model.OutcomeMeasurement#getOutcome()
	 * @see #getOutcomeMeasurement()
	 * @generated
	 */
	EReference getOutcomeMeasurement_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeMeasurement#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see org.appraise.model.OutcomeMeasurement#getCriteria()
	 * @see #getOutcomeMeasurement()
	 * @generated
	 */
	EAttribute getOutcomeMeasurement_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeMeasurement#getTimepoint <em>Timepoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timepoint</em>'.
	 * @see org.appraise.model.OutcomeMeasurement#getTimepoint()
	 * @see #getOutcomeMeasurement()
	 * @generated
	 */
	EAttribute getOutcomeMeasurement_Timepoint();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeMeasurement#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.appraise.model.OutcomeMeasurement#getPopulation()
	 * @see #getOutcomeMeasurement()
	 * @generated
	 */
	EAttribute getOutcomeMeasurement_Population();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.OutcomeMeasurement#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.appraise.model.OutcomeMeasurement#getResults()
	 * @see #getOutcomeMeasurement()
	 * @generated
	 */
	EReference getOutcomeMeasurement_Results();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.OutcomeMeasurement#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.appraise.model.OutcomeMeasurement#getNotes()
	 * @see #getOutcomeMeasurement()
	 * @generated
	 */
	EAttribute getOutcomeMeasurement_Notes();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.Result <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result</em>'.
	 * @see org.appraise.model.Result
	 * @generated
	 */
	EClass getResult();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.Result#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.appraise.model.Result#getNotes()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Notes();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ArmResult <em>Arm Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arm Result</em>'.
	 * @see org.appraise.model.ArmResult
	 * @generated
	 */
	EClass getArmResult();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.ArmResult#getArm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Arm</em>'.
	 * @see org.appraise.model.ArmResult#getArm()
	 * @see #getArmResult()
	 * @generated
	 */
	EReference getArmResult_Arm();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.DichotomousResult <em>Dichotomous Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dichotomous Result</em>'.
	 * @see org.appraise.model.DichotomousResult
	 * @generated
	 */
	EClass getDichotomousResult();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.DichotomousResult#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Events</em>'.
	 * @see org.appraise.model.DichotomousResult#getEvents()
	 * @see #getDichotomousResult()
	 * @generated
	 */
	EReference getDichotomousResult_Events();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.DichotomousResult#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Total</em>'.
	 * @see org.appraise.model.DichotomousResult#getTotal()
	 * @see #getDichotomousResult()
	 * @generated
	 */
	EReference getDichotomousResult_Total();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.ContinuousResult <em>Continuous Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Continuous Result</em>'.
	 * @see org.appraise.model.ContinuousResult
	 * @generated
	 */
	EClass getContinuousResult();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.ContinuousResult#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mean</em>'.
	 * @see org.appraise.model.ContinuousResult#getMean()
	 * @see #getContinuousResult()
	 * @generated
	 */
	EReference getContinuousResult_Mean();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.ContinuousResult#getSd <em>Sd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sd</em>'.
	 * @see org.appraise.model.ContinuousResult#getSd()
	 * @see #getContinuousResult()
	 * @generated
	 */
	EReference getContinuousResult_Sd();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.ContinuousResult#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>N</em>'.
	 * @see org.appraise.model.ContinuousResult#getN()
	 * @see #getContinuousResult()
	 * @generated
	 */
	EReference getContinuousResult_N();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.MedianTimeToEvent <em>Median Time To Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Median Time To Event</em>'.
	 * @see org.appraise.model.MedianTimeToEvent
	 * @generated
	 */
	EClass getMedianTimeToEvent();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.MedianTimeToEvent#getMedian <em>Median</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Median</em>'.
	 * @see org.appraise.model.MedianTimeToEvent#getMedian()
	 * @see #getMedianTimeToEvent()
	 * @generated
	 */
	EReference getMedianTimeToEvent_Median();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.MedianTimeToEvent#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lower</em>'.
	 * @see org.appraise.model.MedianTimeToEvent#getLower()
	 * @see #getMedianTimeToEvent()
	 * @generated
	 */
	EReference getMedianTimeToEvent_Lower();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.MedianTimeToEvent#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Upper</em>'.
	 * @see org.appraise.model.MedianTimeToEvent#getUpper()
	 * @see #getMedianTimeToEvent()
	 * @generated
	 */
	EReference getMedianTimeToEvent_Upper();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.MedianTimeToEvent#getCiLevel <em>Ci Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Level</em>'.
	 * @see org.appraise.model.MedianTimeToEvent#getCiLevel()
	 * @see #getMedianTimeToEvent()
	 * @generated
	 */
	EAttribute getMedianTimeToEvent_CiLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.MedianTimeToEvent#isNotReached <em>Not Reached</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Reached</em>'.
	 * @see org.appraise.model.MedianTimeToEvent#isNotReached()
	 * @see #getMedianTimeToEvent()
	 * @generated
	 */
	EAttribute getMedianTimeToEvent_NotReached();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.HazardRatio <em>Hazard Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hazard Ratio</em>'.
	 * @see org.appraise.model.HazardRatio
	 * @generated
	 */
	EClass getHazardRatio();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.HazardRatio#getExperimental <em>Experimental</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Experimental</em>'.
	 * @see org.appraise.model.HazardRatio#getExperimental()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EReference getHazardRatio_Experimental();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.HazardRatio#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Comparator</em>'.
	 * @see org.appraise.model.HazardRatio#getComparator()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EReference getHazardRatio_Comparator();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.HazardRatio#getEstimate <em>Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Estimate</em>'.
	 * @see org.appraise.model.HazardRatio#getEstimate()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EReference getHazardRatio_Estimate();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.HazardRatio#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lower</em>'.
	 * @see org.appraise.model.HazardRatio#getLower()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EReference getHazardRatio_Lower();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.HazardRatio#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Upper</em>'.
	 * @see org.appraise.model.HazardRatio#getUpper()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EReference getHazardRatio_Upper();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.HazardRatio#getCiLevel <em>Ci Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Level</em>'.
	 * @see org.appraise.model.HazardRatio#getCiLevel()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EAttribute getHazardRatio_CiLevel();

	/**
	 * Returns the meta object for the containment reference '{@link org.appraise.model.HazardRatio#getPValue <em>PValue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>PValue</em>'.
	 * @see org.appraise.model.HazardRatio#getPValue()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EReference getHazardRatio_PValue();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.HazardRatio#isAdjusted <em>Adjusted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjusted</em>'.
	 * @see org.appraise.model.HazardRatio#isAdjusted()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EAttribute getHazardRatio_Adjusted();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.HazardRatio#getAdjustment <em>Adjustment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjustment</em>'.
	 * @see org.appraise.model.HazardRatio#getAdjustment()
	 * @see #getHazardRatio()
	 * @generated
	 */
	EAttribute getHazardRatio_Adjustment();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.RiskOfBiasAssessment <em>Risk Of Bias Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Of Bias Assessment</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment
	 * @generated
	 */
	EClass getRiskOfBiasAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RiskOfBiasAssessment#getTool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getTool()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EAttribute getRiskOfBiasAssessment_Tool();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RiskOfBiasAssessment#getToolVersion <em>Tool Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool Version</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getToolVersion()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EAttribute getRiskOfBiasAssessment_ToolVersion();

	/**
	 * Returns the meta object for the reference '{@link org.appraise.model.RiskOfBiasAssessment#getMeasurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measurement</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getMeasurement()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EReference getRiskOfBiasAssessment_Measurement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.RiskOfBiasAssessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getAnswers()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EReference getRiskOfBiasAssessment_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.appraise.model.RiskOfBiasAssessment#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getDomains()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EReference getRiskOfBiasAssessment_Domains();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RiskOfBiasAssessment#getProposedOverall <em>Proposed Overall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed Overall</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getProposedOverall()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EAttribute getRiskOfBiasAssessment_ProposedOverall();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RiskOfBiasAssessment#getOverall <em>Overall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overall</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getOverall()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EAttribute getRiskOfBiasAssessment_Overall();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RiskOfBiasAssessment#getOverallRationale <em>Overall Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overall Rationale</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getOverallRationale()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EAttribute getRiskOfBiasAssessment_OverallRationale();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.RiskOfBiasAssessment#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.appraise.model.RiskOfBiasAssessment#getNotes()
	 * @see #getRiskOfBiasAssessment()
	 * @generated
	 */
	EAttribute getRiskOfBiasAssessment_Notes();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.SignallingAnswer <em>Signalling Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signalling Answer</em>'.
	 * @see org.appraise.model.SignallingAnswer
	 * @generated
	 */
	EClass getSignallingAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.SignallingAnswer#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see org.appraise.model.SignallingAnswer#getQuestion()
	 * @see #getSignallingAnswer()
	 * @generated
	 */
	EAttribute getSignallingAnswer_Question();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.SignallingAnswer#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.appraise.model.SignallingAnswer#getAnswer()
	 * @see #getSignallingAnswer()
	 * @generated
	 */
	EAttribute getSignallingAnswer_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.SignallingAnswer#getSupport <em>Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support</em>'.
	 * @see org.appraise.model.SignallingAnswer#getSupport()
	 * @see #getSignallingAnswer()
	 * @generated
	 */
	EAttribute getSignallingAnswer_Support();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.SignallingAnswer#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.appraise.model.SignallingAnswer#getSources()
	 * @see #getSignallingAnswer()
	 * @generated
	 */
	EReference getSignallingAnswer_Sources();

	/**
	 * Returns the meta object for class '{@link org.appraise.model.DomainJudgement <em>Domain Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain Judgement</em>'.
	 * @see org.appraise.model.DomainJudgement
	 * @generated
	 */
	EClass getDomainJudgement();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.DomainJudgement#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.appraise.model.DomainJudgement#getDomain()
	 * @see #getDomainJudgement()
	 * @generated
	 */
	EAttribute getDomainJudgement_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.DomainJudgement#getProposed <em>Proposed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed</em>'.
	 * @see org.appraise.model.DomainJudgement#getProposed()
	 * @see #getDomainJudgement()
	 * @generated
	 */
	EAttribute getDomainJudgement_Proposed();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.DomainJudgement#getJudgement <em>Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Judgement</em>'.
	 * @see org.appraise.model.DomainJudgement#getJudgement()
	 * @see #getDomainJudgement()
	 * @generated
	 */
	EAttribute getDomainJudgement_Judgement();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.DomainJudgement#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.appraise.model.DomainJudgement#getScore()
	 * @see #getDomainJudgement()
	 * @generated
	 */
	EAttribute getDomainJudgement_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.DomainJudgement#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.appraise.model.DomainJudgement#getRationale()
	 * @see #getDomainJudgement()
	 * @generated
	 */
	EAttribute getDomainJudgement_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.appraise.model.DomainJudgement#getSupport <em>Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support</em>'.
	 * @see org.appraise.model.DomainJudgement#getSupport()
	 * @see #getDomainJudgement()
	 * @generated
	 */
	EAttribute getDomainJudgement_Support();

	/**
	 * Returns the meta object for the reference list '{@link org.appraise.model.DomainJudgement#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.appraise.model.DomainJudgement#getSources()
	 * @see #getDomainJudgement()
	 * @generated
	 */
	EReference getDomainJudgement_Sources();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.ReviewerRole <em>Reviewer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reviewer Role</em>'.
	 * @see org.appraise.model.ReviewerRole
	 * @generated
	 */
	EEnum getReviewerRole();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.StudyDesign <em>Study Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Study Design</em>'.
	 * @see org.appraise.model.StudyDesign
	 * @generated
	 */
	EEnum getStudyDesign();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.ReportKind <em>Report Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Report Kind</em>'.
	 * @see org.appraise.model.ReportKind
	 * @generated
	 */
	EEnum getReportKind();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.PicoKind <em>Pico Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pico Kind</em>'.
	 * @see org.appraise.model.PicoKind
	 * @generated
	 */
	EEnum getPicoKind();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.CriterionKind <em>Criterion Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criterion Kind</em>'.
	 * @see org.appraise.model.CriterionKind
	 * @generated
	 */
	EEnum getCriterionKind();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.CharacteristicKind <em>Characteristic Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Characteristic Kind</em>'.
	 * @see org.appraise.model.CharacteristicKind
	 * @generated
	 */
	EEnum getCharacteristicKind();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.ScreeningStage <em>Screening Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screening Stage</em>'.
	 * @see org.appraise.model.ScreeningStage
	 * @generated
	 */
	EEnum getScreeningStage();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.appraise.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.appraise.model.ExtractionStatus <em>Extraction Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Extraction Status</em>'.
	 * @see org.appraise.model.ExtractionStatus
	 * @generated
	 */
	EEnum getExtractionStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AppraiseFactory getAppraiseFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.IdentifiedImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ReviewImpl <em>Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ReviewImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReview()
		 * @generated
		 */
		EClass REVIEW = eINSTANCE.getReview();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__TITLE = eINSTANCE.getReview_Title();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__QUESTION = eINSTANCE.getReview_Question();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__CRITERIA = eINSTANCE.getReview_Criteria();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__OUTCOMES = eINSTANCE.getReview_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Reviewers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__REVIEWERS = eINSTANCE.getReview_Reviewers();

		/**
		 * The meta object literal for the '<em><b>Risk Of Bias Tools</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__RISK_OF_BIAS_TOOLS = eINSTANCE.getReview_RiskOfBiasTools();

		/**
		 * The meta object literal for the '<em><b>Single Screening</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__SINGLE_SCREENING = eINSTANCE.getReview_SingleScreening();

		/**
		 * The meta object literal for the '<em><b>Exclusion Reasons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__EXCLUSION_REASONS = eINSTANCE.getReview_ExclusionReasons();

		/**
		 * The meta object literal for the '<em><b>Import Batches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__IMPORT_BATCHES = eINSTANCE.getReview_ImportBatches();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__REFERENCES = eINSTANCE.getReview_References();

		/**
		 * The meta object literal for the '<em><b>Screening</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__SCREENING = eINSTANCE.getReview_Screening();

		/**
		 * The meta object literal for the '<em><b>Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__STUDIES = eINSTANCE.getReview_Studies();

		/**
		 * The meta object literal for the '<em><b>Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__ANALYSES = eINSTANCE.getReview_Analyses();

		/**
		 * The meta object literal for the '<em><b>Certainty</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__CERTAINTY = eINSTANCE.getReview_Certainty();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl <em>Certainty Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.CertaintyAssessmentImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCertaintyAssessment()
		 * @generated
		 */
		EClass CERTAINTY_ASSESSMENT = eINSTANCE.getCertaintyAssessment();

		/**
		 * The meta object literal for the '<em><b>Analysis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTAINTY_ASSESSMENT__ANALYSIS = eINSTANCE.getCertaintyAssessment_Analysis();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTAINTY_ASSESSMENT__OUTCOME = eINSTANCE.getCertaintyAssessment_Outcome();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__ASSESSOR = eINSTANCE.getCertaintyAssessment_Assessor();

		/**
		 * The meta object literal for the '<em><b>Consensus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__CONSENSUS = eINSTANCE.getCertaintyAssessment_Consensus();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__EVIDENCE = eINSTANCE.getCertaintyAssessment_Evidence();

		/**
		 * The meta object literal for the '<em><b>Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CERTAINTY_ASSESSMENT__RATINGS = eINSTANCE.getCertaintyAssessment_Ratings();

		/**
		 * The meta object literal for the '<em><b>Assumed Risk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__ASSUMED_RISK = eINSTANCE.getCertaintyAssessment_AssumedRisk();

		/**
		 * The meta object literal for the '<em><b>Assumed Risk Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE = eINSTANCE.getCertaintyAssessment_AssumedRiskSource();

		/**
		 * The meta object literal for the '<em><b>Imprecision Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD = eINSTANCE.getCertaintyAssessment_ImprecisionThreshold();

		/**
		 * The meta object literal for the '<em><b>Optimal Information Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE = eINSTANCE.getCertaintyAssessment_OptimalInformationSize();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__ORDER = eINSTANCE.getCertaintyAssessment_Order();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__NARRATIVE = eINSTANCE.getCertaintyAssessment_Narrative();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_ASSESSMENT__COMMENT = eINSTANCE.getCertaintyAssessment_Comment();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.CertaintyRatingImpl <em>Certainty Rating</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.CertaintyRatingImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCertaintyRating()
		 * @generated
		 */
		EClass CERTAINTY_RATING = eINSTANCE.getCertaintyRating();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_RATING__DOMAIN = eINSTANCE.getCertaintyRating_Domain();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_RATING__RATING = eINSTANCE.getCertaintyRating_Rating();

		/**
		 * The meta object literal for the '<em><b>Footnote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTAINTY_RATING__FOOTNOTE = eINSTANCE.getCertaintyRating_Footnote();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.AnalysisImpl <em>Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.AnalysisImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnalysis()
		 * @generated
		 */
		EClass ANALYSIS = eINSTANCE.getAnalysis();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__NAME = eINSTANCE.getAnalysis_Name();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__OUTCOME = eINSTANCE.getAnalysis_Outcome();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__CRITERIA = eINSTANCE.getAnalysis_Criteria();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__POPULATION = eINSTANCE.getAnalysis_Population();

		/**
		 * The meta object literal for the '<em><b>Timepoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__TIMEPOINT = eINSTANCE.getAnalysis_Timepoint();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__MEASURE = eINSTANCE.getAnalysis_Measure();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__METHOD = eINSTANCE.getAnalysis_Method();

		/**
		 * The meta object literal for the '<em><b>Knha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__KNHA = eINSTANCE.getAnalysis_Knha();

		/**
		 * The meta object literal for the '<em><b>Zero Cells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__ZERO_CELLS = eINSTANCE.getAnalysis_ZeroCells();

		/**
		 * The meta object literal for the '<em><b>Experimental Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__EXPERIMENTAL_NAME = eINSTANCE.getAnalysis_ExperimentalName();

		/**
		 * The meta object literal for the '<em><b>Control Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__CONTROL_NAME = eINSTANCE.getAnalysis_ControlName();

		/**
		 * The meta object literal for the '<em><b>Exclusions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__EXCLUSIONS = eINSTANCE.getAnalysis_Exclusions();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS__COMPARISONS = eINSTANCE.getAnalysis_Comparisons();

		/**
		 * The meta object literal for the '<em><b>Subgroups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__SUBGROUPS = eINSTANCE.getAnalysis_Subgroups();

		/**
		 * The meta object literal for the '<em><b>Risk Of Bias Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__RISK_OF_BIAS_TOOL = eINSTANCE.getAnalysis_RiskOfBiasTool();

		/**
		 * The meta object literal for the '<em><b>I2 Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__I2_RULE = eINSTANCE.getAnalysis_I2Rule();

		/**
		 * The meta object literal for the '<em><b>Lower Favours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS__LOWER_FAVOURS = eINSTANCE.getAnalysis_LowerFavours();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.AnalysisComparisonImpl <em>Analysis Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.AnalysisComparisonImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnalysisComparison()
		 * @generated
		 */
		EClass ANALYSIS_COMPARISON = eINSTANCE.getAnalysisComparison();

		/**
		 * The meta object literal for the '<em><b>Study</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_COMPARISON__STUDY = eINSTANCE.getAnalysisComparison_Study();

		/**
		 * The meta object literal for the '<em><b>Experimental</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_COMPARISON__EXPERIMENTAL = eINSTANCE.getAnalysisComparison_Experimental();

		/**
		 * The meta object literal for the '<em><b>Control</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_COMPARISON__CONTROL = eINSTANCE.getAnalysisComparison_Control();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_COMPARISON__REASON = eINSTANCE.getAnalysisComparison_Reason();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.AnalysisExclusionImpl <em>Analysis Exclusion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.AnalysisExclusionImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnalysisExclusion()
		 * @generated
		 */
		EClass ANALYSIS_EXCLUSION = eINSTANCE.getAnalysisExclusion();

		/**
		 * The meta object literal for the '<em><b>Study</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_EXCLUSION__STUDY = eINSTANCE.getAnalysisExclusion_Study();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_EXCLUSION__REASON = eINSTANCE.getAnalysisExclusion_Reason();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ReviewQuestionImpl <em>Review Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ReviewQuestionImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReviewQuestion()
		 * @generated
		 */
		EClass REVIEW_QUESTION = eINSTANCE.getReviewQuestion();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_QUESTION__TEXT = eINSTANCE.getReviewQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_QUESTION__POPULATION = eINSTANCE.getReviewQuestion_Population();

		/**
		 * The meta object literal for the '<em><b>Intervention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_QUESTION__INTERVENTION = eINSTANCE.getReviewQuestion_Intervention();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_QUESTION__COMPARATOR = eINSTANCE.getReviewQuestion_Comparator();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_QUESTION__OUTCOME = eINSTANCE.getReviewQuestion_Outcome();

		/**
		 * The meta object literal for the '<em><b>Study Designs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_QUESTION__STUDY_DESIGNS = eINSTANCE.getReviewQuestion_StudyDesigns();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.EligibilityCriterionImpl <em>Eligibility Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.EligibilityCriterionImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getEligibilityCriterion()
		 * @generated
		 */
		EClass ELIGIBILITY_CRITERION = eINSTANCE.getEligibilityCriterion();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__KIND = eINSTANCE.getEligibilityCriterion_Kind();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__ELEMENT = eINSTANCE.getEligibilityCriterion_Element();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELIGIBILITY_CRITERION__TEXT = eINSTANCE.getEligibilityCriterion_Text();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl <em>Outcome Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.OutcomeDefinitionImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getOutcomeDefinition()
		 * @generated
		 */
		EClass OUTCOME_DEFINITION = eINSTANCE.getOutcomeDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__NAME = eINSTANCE.getOutcomeDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__DOMAIN = eINSTANCE.getOutcomeDefinition_Domain();

		/**
		 * The meta object literal for the '<em><b>Measurement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__MEASUREMENT = eINSTANCE.getOutcomeDefinition_Measurement();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__METRIC = eINSTANCE.getOutcomeDefinition_Metric();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__AGGREGATION = eINSTANCE.getOutcomeDefinition_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Timing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__TIMING = eINSTANCE.getOutcomeDefinition_Timing();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__PRIMARY = eINSTANCE.getOutcomeDefinition_Primary();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_DEFINITION__NOTES = eINSTANCE.getOutcomeDefinition_Notes();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ReviewerImpl <em>Reviewer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ReviewerImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReviewer()
		 * @generated
		 */
		EClass REVIEWER = eINSTANCE.getReviewer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__NAME = eINSTANCE.getReviewer_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__ROLE = eINSTANCE.getReviewer_Role();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ExclusionReasonImpl <em>Exclusion Reason</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ExclusionReasonImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getExclusionReason()
		 * @generated
		 */
		EClass EXCLUSION_REASON = eINSTANCE.getExclusionReason();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION_REASON__TEXT = eINSTANCE.getExclusionReason_Text();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION_REASON__STAGE = eINSTANCE.getExclusionReason_Stage();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ImportBatchImpl <em>Import Batch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ImportBatchImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getImportBatch()
		 * @generated
		 */
		EClass IMPORT_BATCH = eINSTANCE.getImportBatch();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_BATCH__FILE = eINSTANCE.getImportBatch_File();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_BATCH__FORMAT = eINSTANCE.getImportBatch_Format();

		/**
		 * The meta object literal for the '<em><b>Source Database</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_BATCH__SOURCE_DATABASE = eINSTANCE.getImportBatch_SourceDatabase();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_BATCH__IMPORTED_AT = eINSTANCE.getImportBatch_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Imported By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPORT_BATCH__IMPORTED_BY = eINSTANCE.getImportBatch_ImportedBy();

		/**
		 * The meta object literal for the '<em><b>Record Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_BATCH__RECORD_COUNT = eINSTANCE.getImportBatch_RecordCount();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ReferenceImpl <em>Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ReferenceImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReference()
		 * @generated
		 */
		EClass REFERENCE = eINSTANCE.getReference();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__AUTHORS = eINSTANCE.getReference_Authors();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__TITLE = eINSTANCE.getReference_Title();

		/**
		 * The meta object literal for the '<em><b>Journal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__JOURNAL = eINSTANCE.getReference_Journal();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__YEAR = eINSTANCE.getReference_Year();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__VOLUME = eINSTANCE.getReference_Volume();

		/**
		 * The meta object literal for the '<em><b>Issue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__ISSUE = eINSTANCE.getReference_Issue();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__PAGES = eINSTANCE.getReference_Pages();

		/**
		 * The meta object literal for the '<em><b>Doi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__DOI = eINSTANCE.getReference_Doi();

		/**
		 * The meta object literal for the '<em><b>Pmid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__PMID = eINSTANCE.getReference_Pmid();

		/**
		 * The meta object literal for the '<em><b>Abstract</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__ABSTRACT = eINSTANCE.getReference_Abstract();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__KEYWORDS = eINSTANCE.getReference_Keywords();

		/**
		 * The meta object literal for the '<em><b>Source Database</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__SOURCE_DATABASE = eINSTANCE.getReference_SourceDatabase();

		/**
		 * The meta object literal for the '<em><b>Batch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE__BATCH = eINSTANCE.getReference_Batch();

		/**
		 * The meta object literal for the '<em><b>Duplicate Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE__DUPLICATE_OF = eINSTANCE.getReference_DuplicateOf();

		/**
		 * The meta object literal for the '<em><b>Removed Before Screening</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__REMOVED_BEFORE_SCREENING = eINSTANCE.getReference_RemovedBeforeScreening();

		/**
		 * The meta object literal for the '<em><b>Removed By Automation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE__REMOVED_BY_AUTOMATION = eINSTANCE.getReference_RemovedByAutomation();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE__FIELDS = eINSTANCE.getReference_Fields();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.RecordFieldImpl <em>Record Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.RecordFieldImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getRecordField()
		 * @generated
		 */
		EClass RECORD_FIELD = eINSTANCE.getRecordField();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FIELD__TAG = eINSTANCE.getRecordField_Tag();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FIELD__VALUE = eINSTANCE.getRecordField_Value();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ScreeningLogImpl <em>Screening Log</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ScreeningLogImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getScreeningLog()
		 * @generated
		 */
		EClass SCREENING_LOG = eINSTANCE.getScreeningLog();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCREENING_LOG__REVIEWER = eINSTANCE.getScreeningLog_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Consensus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_LOG__CONSENSUS = eINSTANCE.getScreeningLog_Consensus();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCREENING_LOG__DECISIONS = eINSTANCE.getScreeningLog_Decisions();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ScreeningDecisionImpl <em>Screening Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ScreeningDecisionImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getScreeningDecision()
		 * @generated
		 */
		EClass SCREENING_DECISION = eINSTANCE.getScreeningDecision();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCREENING_DECISION__REFERENCE = eINSTANCE.getScreeningDecision_Reference();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_DECISION__STAGE = eINSTANCE.getScreeningDecision_Stage();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_DECISION__VERDICT = eINSTANCE.getScreeningDecision_Verdict();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCREENING_DECISION__REASON = eINSTANCE.getScreeningDecision_Reason();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_DECISION__NOTE = eINSTANCE.getScreeningDecision_Note();

		/**
		 * The meta object literal for the '<em><b>Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCREENING_DECISION__DECIDED_AT = eINSTANCE.getScreeningDecision_DecidedAt();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.StudyImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__LABEL = eINSTANCE.getStudy_Label();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__REFERENCES = eINSTANCE.getStudy_References();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__REPORTS = eINSTANCE.getStudy_Reports();

		/**
		 * The meta object literal for the '<em><b>Extractions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__EXTRACTIONS = eINSTANCE.getStudy_Extractions();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ReportImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__FILE = eINSTANCE.getReport_File();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__CONTENT_HASH = eINSTANCE.getReport_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__KIND = eINSTANCE.getReport_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__TITLE = eINSTANCE.getReport_Title();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__CITATION = eINSTANCE.getReport_Citation();

		/**
		 * The meta object literal for the '<em><b>Doi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__DOI = eINSTANCE.getReport_Doi();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__LICENCE = eINSTANCE.getReport_Licence();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__REFERENCE = eINSTANCE.getReport_Reference();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ExtractionImpl <em>Extraction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ExtractionImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getExtraction()
		 * @generated
		 */
		EClass EXTRACTION = eINSTANCE.getExtraction();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__REVIEWER = eINSTANCE.getExtraction_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Consensus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACTION__CONSENSUS = eINSTANCE.getExtraction_Consensus();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACTION__STATUS = eINSTANCE.getExtraction_Status();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACTION__DESIGN = eINSTANCE.getExtraction_Design();

		/**
		 * The meta object literal for the '<em><b>Design Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__DESIGN_SOURCES = eINSTANCE.getExtraction_DesignSources();

		/**
		 * The meta object literal for the '<em><b>Characteristics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__CHARACTERISTICS = eINSTANCE.getExtraction_Characteristics();

		/**
		 * The meta object literal for the '<em><b>Pico</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__PICO = eINSTANCE.getExtraction_Pico();

		/**
		 * The meta object literal for the '<em><b>Arms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__ARMS = eINSTANCE.getExtraction_Arms();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__MEASUREMENTS = eINSTANCE.getExtraction_Measurements();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__ASSESSMENTS = eINSTANCE.getExtraction_Assessments();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__ANNOTATIONS = eINSTANCE.getExtraction_Annotations();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACTION__NOTES = eINSTANCE.getExtraction_Notes();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACTION__DECISIONS = eINSTANCE.getExtraction_Decisions();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ConsensusDecisionImpl <em>Consensus Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ConsensusDecisionImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getConsensusDecision()
		 * @generated
		 */
		EClass CONSENSUS_DECISION = eINSTANCE.getConsensusDecision();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_DECISION__GROUP = eINSTANCE.getConsensusDecision_Group();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_DECISION__FIELD = eINSTANCE.getConsensusDecision_Field();

		/**
		 * The meta object literal for the '<em><b>Taken</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENSUS_DECISION__TAKEN = eINSTANCE.getConsensusDecision_Taken();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_DECISION__VALUE = eINSTANCE.getConsensusDecision_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_DECISION__NOTE = eINSTANCE.getConsensusDecision_Note();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.AnnotationImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Report</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__REPORT = eINSTANCE.getAnnotation_Report();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__START = eINSTANCE.getAnnotation_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__END = eINSTANCE.getAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__QUOTE = eINSTANCE.getAnnotation_Quote();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__PAGE = eINSTANCE.getAnnotation_Page();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__LABEL = eINSTANCE.getAnnotation_Label();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__COMMENT = eINSTANCE.getAnnotation_Comment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__AUTHOR = eINSTANCE.getAnnotation_Author();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.CharacteristicImpl <em>Characteristic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.CharacteristicImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCharacteristic()
		 * @generated
		 */
		EClass CHARACTERISTIC = eINSTANCE.getCharacteristic();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARACTERISTIC__KIND = eINSTANCE.getCharacteristic_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARACTERISTIC__TEXT = eINSTANCE.getCharacteristic_Text();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHARACTERISTIC__SOURCES = eINSTANCE.getCharacteristic_Sources();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.PicoElementImpl <em>Pico Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.PicoElementImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getPicoElement()
		 * @generated
		 */
		EClass PICO_ELEMENT = eINSTANCE.getPicoElement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PICO_ELEMENT__KIND = eINSTANCE.getPicoElement_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PICO_ELEMENT__TEXT = eINSTANCE.getPicoElement_Text();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PICO_ELEMENT__SOURCES = eINSTANCE.getPicoElement_Sources();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ArmImpl <em>Arm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ArmImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getArm()
		 * @generated
		 */
		EClass ARM = eINSTANCE.getArm();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__LABEL = eINSTANCE.getArm_Label();

		/**
		 * The meta object literal for the '<em><b>Intervention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM__INTERVENTION = eINSTANCE.getArm_Intervention();

		/**
		 * The meta object literal for the '<em><b>Group Sizes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARM__GROUP_SIZES = eINSTANCE.getArm_GroupSizes();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARM__SOURCES = eINSTANCE.getArm_Sources();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.GroupSizeImpl <em>Group Size</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.GroupSizeImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getGroupSize()
		 * @generated
		 */
		EClass GROUP_SIZE = eINSTANCE.getGroupSize();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_SIZE__POPULATION = eINSTANCE.getGroupSize_Population();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP_SIZE__N = eINSTANCE.getGroupSize_N();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ValueImpl <em>Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ValueImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getValue()
		 * @generated
		 */
		EClass VALUE = eINSTANCE.getValue();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE__NUMBER = eINSTANCE.getValue_Number();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE__UNIT = eINSTANCE.getValue_Unit();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE__SOURCES = eINSTANCE.getValue_Sources();

		/**
		 * The meta object literal for the '<em><b>Derived</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE__DERIVED = eINSTANCE.getValue_Derived();

		/**
		 * The meta object literal for the '<em><b>Derivation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE__DERIVATION = eINSTANCE.getValue_Derivation();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE__NOTE = eINSTANCE.getValue_Note();

		/**
		 * The meta object literal for the '<em><b>Proposed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE__PROPOSED_BY = eINSTANCE.getValue_ProposedBy();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl <em>Outcome Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.OutcomeMeasurementImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getOutcomeMeasurement()
		 * @generated
		 */
		EClass OUTCOME_MEASUREMENT = eINSTANCE.getOutcomeMeasurement();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME_MEASUREMENT__OUTCOME = eINSTANCE.getOutcomeMeasurement_Outcome();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASUREMENT__CRITERIA = eINSTANCE.getOutcomeMeasurement_Criteria();

		/**
		 * The meta object literal for the '<em><b>Timepoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASUREMENT__TIMEPOINT = eINSTANCE.getOutcomeMeasurement_Timepoint();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASUREMENT__POPULATION = eINSTANCE.getOutcomeMeasurement_Population();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME_MEASUREMENT__RESULTS = eINSTANCE.getOutcomeMeasurement_Results();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASUREMENT__NOTES = eINSTANCE.getOutcomeMeasurement_Notes();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ResultImpl <em>Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ResultImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getResult()
		 * @generated
		 */
		EClass RESULT = eINSTANCE.getResult();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__NOTES = eINSTANCE.getResult_Notes();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ArmResultImpl <em>Arm Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ArmResultImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getArmResult()
		 * @generated
		 */
		EClass ARM_RESULT = eINSTANCE.getArmResult();

		/**
		 * The meta object literal for the '<em><b>Arm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARM_RESULT__ARM = eINSTANCE.getArmResult_Arm();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.DichotomousResultImpl <em>Dichotomous Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.DichotomousResultImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getDichotomousResult()
		 * @generated
		 */
		EClass DICHOTOMOUS_RESULT = eINSTANCE.getDichotomousResult();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICHOTOMOUS_RESULT__EVENTS = eINSTANCE.getDichotomousResult_Events();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DICHOTOMOUS_RESULT__TOTAL = eINSTANCE.getDichotomousResult_Total();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.ContinuousResultImpl <em>Continuous Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.ContinuousResultImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getContinuousResult()
		 * @generated
		 */
		EClass CONTINUOUS_RESULT = eINSTANCE.getContinuousResult();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTINUOUS_RESULT__MEAN = eINSTANCE.getContinuousResult_Mean();

		/**
		 * The meta object literal for the '<em><b>Sd</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTINUOUS_RESULT__SD = eINSTANCE.getContinuousResult_Sd();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTINUOUS_RESULT__N = eINSTANCE.getContinuousResult_N();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.MedianTimeToEventImpl <em>Median Time To Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.MedianTimeToEventImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getMedianTimeToEvent()
		 * @generated
		 */
		EClass MEDIAN_TIME_TO_EVENT = eINSTANCE.getMedianTimeToEvent();

		/**
		 * The meta object literal for the '<em><b>Median</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIAN_TIME_TO_EVENT__MEDIAN = eINSTANCE.getMedianTimeToEvent_Median();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIAN_TIME_TO_EVENT__LOWER = eINSTANCE.getMedianTimeToEvent_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIAN_TIME_TO_EVENT__UPPER = eINSTANCE.getMedianTimeToEvent_Upper();

		/**
		 * The meta object literal for the '<em><b>Ci Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIAN_TIME_TO_EVENT__CI_LEVEL = eINSTANCE.getMedianTimeToEvent_CiLevel();

		/**
		 * The meta object literal for the '<em><b>Not Reached</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIAN_TIME_TO_EVENT__NOT_REACHED = eINSTANCE.getMedianTimeToEvent_NotReached();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.HazardRatioImpl <em>Hazard Ratio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.HazardRatioImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getHazardRatio()
		 * @generated
		 */
		EClass HAZARD_RATIO = eINSTANCE.getHazardRatio();

		/**
		 * The meta object literal for the '<em><b>Experimental</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_RATIO__EXPERIMENTAL = eINSTANCE.getHazardRatio_Experimental();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_RATIO__COMPARATOR = eINSTANCE.getHazardRatio_Comparator();

		/**
		 * The meta object literal for the '<em><b>Estimate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_RATIO__ESTIMATE = eINSTANCE.getHazardRatio_Estimate();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_RATIO__LOWER = eINSTANCE.getHazardRatio_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_RATIO__UPPER = eINSTANCE.getHazardRatio_Upper();

		/**
		 * The meta object literal for the '<em><b>Ci Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_RATIO__CI_LEVEL = eINSTANCE.getHazardRatio_CiLevel();

		/**
		 * The meta object literal for the '<em><b>PValue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HAZARD_RATIO__PVALUE = eINSTANCE.getHazardRatio_PValue();

		/**
		 * The meta object literal for the '<em><b>Adjusted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_RATIO__ADJUSTED = eINSTANCE.getHazardRatio_Adjusted();

		/**
		 * The meta object literal for the '<em><b>Adjustment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HAZARD_RATIO__ADJUSTMENT = eINSTANCE.getHazardRatio_Adjustment();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl <em>Risk Of Bias Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getRiskOfBiasAssessment()
		 * @generated
		 */
		EClass RISK_OF_BIAS_ASSESSMENT = eINSTANCE.getRiskOfBiasAssessment();

		/**
		 * The meta object literal for the '<em><b>Tool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_OF_BIAS_ASSESSMENT__TOOL = eINSTANCE.getRiskOfBiasAssessment_Tool();

		/**
		 * The meta object literal for the '<em><b>Tool Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION = eINSTANCE.getRiskOfBiasAssessment_ToolVersion();

		/**
		 * The meta object literal for the '<em><b>Measurement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK_OF_BIAS_ASSESSMENT__MEASUREMENT = eINSTANCE.getRiskOfBiasAssessment_Measurement();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK_OF_BIAS_ASSESSMENT__ANSWERS = eINSTANCE.getRiskOfBiasAssessment_Answers();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK_OF_BIAS_ASSESSMENT__DOMAINS = eINSTANCE.getRiskOfBiasAssessment_Domains();

		/**
		 * The meta object literal for the '<em><b>Proposed Overall</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL = eINSTANCE.getRiskOfBiasAssessment_ProposedOverall();

		/**
		 * The meta object literal for the '<em><b>Overall</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_OF_BIAS_ASSESSMENT__OVERALL = eINSTANCE.getRiskOfBiasAssessment_Overall();

		/**
		 * The meta object literal for the '<em><b>Overall Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE = eINSTANCE.getRiskOfBiasAssessment_OverallRationale();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_OF_BIAS_ASSESSMENT__NOTES = eINSTANCE.getRiskOfBiasAssessment_Notes();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.SignallingAnswerImpl <em>Signalling Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.SignallingAnswerImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getSignallingAnswer()
		 * @generated
		 */
		EClass SIGNALLING_ANSWER = eINSTANCE.getSignallingAnswer();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALLING_ANSWER__QUESTION = eINSTANCE.getSignallingAnswer_Question();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALLING_ANSWER__ANSWER = eINSTANCE.getSignallingAnswer_Answer();

		/**
		 * The meta object literal for the '<em><b>Support</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALLING_ANSWER__SUPPORT = eINSTANCE.getSignallingAnswer_Support();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNALLING_ANSWER__SOURCES = eINSTANCE.getSignallingAnswer_Sources();

		/**
		 * The meta object literal for the '{@link org.appraise.model.internal.impl.DomainJudgementImpl <em>Domain Judgement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.internal.impl.DomainJudgementImpl
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getDomainJudgement()
		 * @generated
		 */
		EClass DOMAIN_JUDGEMENT = eINSTANCE.getDomainJudgement();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_JUDGEMENT__DOMAIN = eINSTANCE.getDomainJudgement_Domain();

		/**
		 * The meta object literal for the '<em><b>Proposed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_JUDGEMENT__PROPOSED = eINSTANCE.getDomainJudgement_Proposed();

		/**
		 * The meta object literal for the '<em><b>Judgement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_JUDGEMENT__JUDGEMENT = eINSTANCE.getDomainJudgement_Judgement();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_JUDGEMENT__SCORE = eINSTANCE.getDomainJudgement_Score();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_JUDGEMENT__RATIONALE = eINSTANCE.getDomainJudgement_Rationale();

		/**
		 * The meta object literal for the '<em><b>Support</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_JUDGEMENT__SUPPORT = eINSTANCE.getDomainJudgement_Support();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN_JUDGEMENT__SOURCES = eINSTANCE.getDomainJudgement_Sources();

		/**
		 * The meta object literal for the '{@link org.appraise.model.ReviewerRole <em>Reviewer Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.ReviewerRole
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReviewerRole()
		 * @generated
		 */
		EEnum REVIEWER_ROLE = eINSTANCE.getReviewerRole();

		/**
		 * The meta object literal for the '{@link org.appraise.model.StudyDesign <em>Study Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.StudyDesign
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getStudyDesign()
		 * @generated
		 */
		EEnum STUDY_DESIGN = eINSTANCE.getStudyDesign();

		/**
		 * The meta object literal for the '{@link org.appraise.model.ReportKind <em>Report Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.ReportKind
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getReportKind()
		 * @generated
		 */
		EEnum REPORT_KIND = eINSTANCE.getReportKind();

		/**
		 * The meta object literal for the '{@link org.appraise.model.PicoKind <em>Pico Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.PicoKind
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getPicoKind()
		 * @generated
		 */
		EEnum PICO_KIND = eINSTANCE.getPicoKind();

		/**
		 * The meta object literal for the '{@link org.appraise.model.CriterionKind <em>Criterion Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.CriterionKind
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCriterionKind()
		 * @generated
		 */
		EEnum CRITERION_KIND = eINSTANCE.getCriterionKind();

		/**
		 * The meta object literal for the '{@link org.appraise.model.CharacteristicKind <em>Characteristic Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.CharacteristicKind
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getCharacteristicKind()
		 * @generated
		 */
		EEnum CHARACTERISTIC_KIND = eINSTANCE.getCharacteristicKind();

		/**
		 * The meta object literal for the '{@link org.appraise.model.ScreeningStage <em>Screening Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.ScreeningStage
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getScreeningStage()
		 * @generated
		 */
		EEnum SCREENING_STAGE = eINSTANCE.getScreeningStage();

		/**
		 * The meta object literal for the '{@link org.appraise.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.Verdict
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.appraise.model.ExtractionStatus <em>Extraction Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.appraise.model.ExtractionStatus
		 * @see org.appraise.model.internal.impl.AppraisePackageImpl#getExtractionStatus()
		 * @generated
		 */
		EEnum EXTRACTION_STATUS = eINSTANCE.getExtractionStatus();

	}

} //AppraisePackage
