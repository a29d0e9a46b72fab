/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.Analysis;
import org.appraise.model.AppraisePackage;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.EligibilityCriterion;
import org.appraise.model.ExclusionReason;
import org.appraise.model.ImportBatch;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.ReviewQuestion;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningLog;
import org.appraise.model.Study;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getRiskOfBiasTools <em>Risk Of Bias Tools</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#isSingleScreening <em>Single Screening</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getExclusionReasons <em>Exclusion Reasons</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getImportBatches <em>Import Batches</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getReferences <em>References</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getScreening <em>Screening</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getStudies <em>Studies</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getAnalyses <em>Analyses</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewImpl#getCertainty <em>Certainty</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewImpl extends IdentifiedImpl implements Review {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected ReviewQuestion question;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<EligibilityCriterion> criteria;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<OutcomeDefinition> outcomes;

	/**
	 * The cached value of the '{@link #getReviewers() <em>Reviewers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewers()
	 * @generated
	 * @ordered
	 */
	protected EList<Reviewer> reviewers;

	/**
	 * The cached value of the '{@link #getRiskOfBiasTools() <em>Risk Of Bias Tools</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskOfBiasTools()
	 * @generated
	 * @ordered
	 */
	protected EList<String> riskOfBiasTools;

	/**
	 * The default value of the '{@link #isSingleScreening() <em>Single Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSingleScreening()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SINGLE_SCREENING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSingleScreening() <em>Single Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSingleScreening()
	 * @generated
	 * @ordered
	 */
	protected boolean singleScreening = SINGLE_SCREENING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExclusionReasons() <em>Exclusion Reasons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionReasons()
	 * @generated
	 * @ordered
	 */
	protected EList<ExclusionReason> exclusionReasons;

	/**
	 * The cached value of the '{@link #getImportBatches() <em>Import Batches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportBatches()
	 * @generated
	 * @ordered
	 */
	protected EList<ImportBatch> importBatches;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<Reference> references;

	/**
	 * The cached value of the '{@link #getScreening() <em>Screening</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreening()
	 * @generated
	 * @ordered
	 */
	protected EList<ScreeningLog> screening;

	/**
	 * The cached value of the '{@link #getStudies() <em>Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<Study> studies;

	/**
	 * The cached value of the '{@link #getAnalyses() <em>Analyses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<Analysis> analyses;

	/**
	 * The cached value of the '{@link #getCertainty() <em>Certainty</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertainty()
	 * @generated
	 * @ordered
	 */
	protected EList<CertaintyAssessment> certainty;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewQuestion getQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetQuestion(ReviewQuestion newQuestion, NotificationChain msgs) {
		ReviewQuestion oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW__QUESTION, oldQuestion, newQuestion);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(ReviewQuestion newQuestion) {
		if (newQuestion != question) {
			NotificationChain msgs = null;
			if (question != null)
				msgs = ((InternalEObject)question).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.REVIEW__QUESTION, null, msgs);
			if (newQuestion != null)
				msgs = ((InternalEObject)newQuestion).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.REVIEW__QUESTION, null, msgs);
			msgs = basicSetQuestion(newQuestion, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW__QUESTION, newQuestion, newQuestion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EligibilityCriterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<EligibilityCriterion>(EligibilityCriterion.class, this, AppraisePackage.REVIEW__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutcomeDefinition> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectContainmentEList<OutcomeDefinition>(OutcomeDefinition.class, this, AppraisePackage.REVIEW__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reviewer> getReviewers() {
		if (reviewers == null) {
			reviewers = new EObjectContainmentEList<Reviewer>(Reviewer.class, this, AppraisePackage.REVIEW__REVIEWERS);
		}
		return reviewers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRiskOfBiasTools() {
		if (riskOfBiasTools == null) {
			riskOfBiasTools = new EDataTypeUniqueEList<String>(String.class, this, AppraisePackage.REVIEW__RISK_OF_BIAS_TOOLS);
		}
		return riskOfBiasTools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSingleScreening() {
		return singleScreening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSingleScreening(boolean newSingleScreening) {
		boolean oldSingleScreening = singleScreening;
		singleScreening = newSingleScreening;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW__SINGLE_SCREENING, oldSingleScreening, singleScreening));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExclusionReason> getExclusionReasons() {
		if (exclusionReasons == null) {
			exclusionReasons = new EObjectContainmentEList<ExclusionReason>(ExclusionReason.class, this, AppraisePackage.REVIEW__EXCLUSION_REASONS);
		}
		return exclusionReasons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImportBatch> getImportBatches() {
		if (importBatches == null) {
			importBatches = new EObjectContainmentEList<ImportBatch>(ImportBatch.class, this, AppraisePackage.REVIEW__IMPORT_BATCHES);
		}
		return importBatches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reference> getReferences() {
		if (references == null) {
			references = new EObjectContainmentEList<Reference>(Reference.class, this, AppraisePackage.REVIEW__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScreeningLog> getScreening() {
		if (screening == null) {
			screening = new EObjectContainmentEList<ScreeningLog>(ScreeningLog.class, this, AppraisePackage.REVIEW__SCREENING);
		}
		return screening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Study> getStudies() {
		if (studies == null) {
			studies = new EObjectContainmentEList<Study>(Study.class, this, AppraisePackage.REVIEW__STUDIES);
		}
		return studies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Analysis> getAnalyses() {
		if (analyses == null) {
			analyses = new EObjectContainmentEList<Analysis>(Analysis.class, this, AppraisePackage.REVIEW__ANALYSES);
		}
		return analyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CertaintyAssessment> getCertainty() {
		if (certainty == null) {
			certainty = new EObjectContainmentEList<CertaintyAssessment>(CertaintyAssessment.class, this, AppraisePackage.REVIEW__CERTAINTY);
		}
		return certainty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.REVIEW__QUESTION:
				return basicSetQuestion(null, msgs);
			case AppraisePackage.REVIEW__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__REVIEWERS:
				return ((InternalEList<?>)getReviewers()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__EXCLUSION_REASONS:
				return ((InternalEList<?>)getExclusionReasons()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__IMPORT_BATCHES:
				return ((InternalEList<?>)getImportBatches()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__REFERENCES:
				return ((InternalEList<?>)getReferences()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__SCREENING:
				return ((InternalEList<?>)getScreening()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__STUDIES:
				return ((InternalEList<?>)getStudies()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__ANALYSES:
				return ((InternalEList<?>)getAnalyses()).basicRemove(otherEnd, msgs);
			case AppraisePackage.REVIEW__CERTAINTY:
				return ((InternalEList<?>)getCertainty()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppraisePackage.REVIEW__TITLE:
				return getTitle();
			case AppraisePackage.REVIEW__QUESTION:
				return getQuestion();
			case AppraisePackage.REVIEW__CRITERIA:
				return getCriteria();
			case AppraisePackage.REVIEW__OUTCOMES:
				return getOutcomes();
			case AppraisePackage.REVIEW__REVIEWERS:
				return getReviewers();
			case AppraisePackage.REVIEW__RISK_OF_BIAS_TOOLS:
				return getRiskOfBiasTools();
			case AppraisePackage.REVIEW__SINGLE_SCREENING:
				return isSingleScreening();
			case AppraisePackage.REVIEW__EXCLUSION_REASONS:
				return getExclusionReasons();
			case AppraisePackage.REVIEW__IMPORT_BATCHES:
				return getImportBatches();
			case AppraisePackage.REVIEW__REFERENCES:
				return getReferences();
			case AppraisePackage.REVIEW__SCREENING:
				return getScreening();
			case AppraisePackage.REVIEW__STUDIES:
				return getStudies();
			case AppraisePackage.REVIEW__ANALYSES:
				return getAnalyses();
			case AppraisePackage.REVIEW__CERTAINTY:
				return getCertainty();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppraisePackage.REVIEW__TITLE:
				setTitle((String)newValue);
				return;
			case AppraisePackage.REVIEW__QUESTION:
				setQuestion((ReviewQuestion)newValue);
				return;
			case AppraisePackage.REVIEW__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends EligibilityCriterion>)newValue);
				return;
			case AppraisePackage.REVIEW__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends OutcomeDefinition>)newValue);
				return;
			case AppraisePackage.REVIEW__REVIEWERS:
				getReviewers().clear();
				getReviewers().addAll((Collection<? extends Reviewer>)newValue);
				return;
			case AppraisePackage.REVIEW__RISK_OF_BIAS_TOOLS:
				getRiskOfBiasTools().clear();
				getRiskOfBiasTools().addAll((Collection<? extends String>)newValue);
				return;
			case AppraisePackage.REVIEW__SINGLE_SCREENING:
				setSingleScreening((Boolean)newValue);
				return;
			case AppraisePackage.REVIEW__EXCLUSION_REASONS:
				getExclusionReasons().clear();
				getExclusionReasons().addAll((Collection<? extends ExclusionReason>)newValue);
				return;
			case AppraisePackage.REVIEW__IMPORT_BATCHES:
				getImportBatches().clear();
				getImportBatches().addAll((Collection<? extends ImportBatch>)newValue);
				return;
			case AppraisePackage.REVIEW__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends Reference>)newValue);
				return;
			case AppraisePackage.REVIEW__SCREENING:
				getScreening().clear();
				getScreening().addAll((Collection<? extends ScreeningLog>)newValue);
				return;
			case AppraisePackage.REVIEW__STUDIES:
				getStudies().clear();
				getStudies().addAll((Collection<? extends Study>)newValue);
				return;
			case AppraisePackage.REVIEW__ANALYSES:
				getAnalyses().clear();
				getAnalyses().addAll((Collection<? extends Analysis>)newValue);
				return;
			case AppraisePackage.REVIEW__CERTAINTY:
				getCertainty().clear();
				getCertainty().addAll((Collection<? extends CertaintyAssessment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AppraisePackage.REVIEW__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case AppraisePackage.REVIEW__QUESTION:
				setQuestion((ReviewQuestion)null);
				return;
			case AppraisePackage.REVIEW__CRITERIA:
				getCriteria().clear();
				return;
			case AppraisePackage.REVIEW__OUTCOMES:
				getOutcomes().clear();
				return;
			case AppraisePackage.REVIEW__REVIEWERS:
				getReviewers().clear();
				return;
			case AppraisePackage.REVIEW__RISK_OF_BIAS_TOOLS:
				getRiskOfBiasTools().clear();
				return;
			case AppraisePackage.REVIEW__SINGLE_SCREENING:
				setSingleScreening(SINGLE_SCREENING_EDEFAULT);
				return;
			case AppraisePackage.REVIEW__EXCLUSION_REASONS:
				getExclusionReasons().clear();
				return;
			case AppraisePackage.REVIEW__IMPORT_BATCHES:
				getImportBatches().clear();
				return;
			case AppraisePackage.REVIEW__REFERENCES:
				getReferences().clear();
				return;
			case AppraisePackage.REVIEW__SCREENING:
				getScreening().clear();
				return;
			case AppraisePackage.REVIEW__STUDIES:
				getStudies().clear();
				return;
			case AppraisePackage.REVIEW__ANALYSES:
				getAnalyses().clear();
				return;
			case AppraisePackage.REVIEW__CERTAINTY:
				getCertainty().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AppraisePackage.REVIEW__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case AppraisePackage.REVIEW__QUESTION:
				return question != null;
			case AppraisePackage.REVIEW__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case AppraisePackage.REVIEW__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case AppraisePackage.REVIEW__REVIEWERS:
				return reviewers != null && !reviewers.isEmpty();
			case AppraisePackage.REVIEW__RISK_OF_BIAS_TOOLS:
				return riskOfBiasTools != null && !riskOfBiasTools.isEmpty();
			case AppraisePackage.REVIEW__SINGLE_SCREENING:
				return singleScreening != SINGLE_SCREENING_EDEFAULT;
			case AppraisePackage.REVIEW__EXCLUSION_REASONS:
				return exclusionReasons != null && !exclusionReasons.isEmpty();
			case AppraisePackage.REVIEW__IMPORT_BATCHES:
				return importBatches != null && !importBatches.isEmpty();
			case AppraisePackage.REVIEW__REFERENCES:
				return references != null && !references.isEmpty();
			case AppraisePackage.REVIEW__SCREENING:
				return screening != null && !screening.isEmpty();
			case AppraisePackage.REVIEW__STUDIES:
				return studies != null && !studies.isEmpty();
			case AppraisePackage.REVIEW__ANALYSES:
				return analyses != null && !analyses.isEmpty();
			case AppraisePackage.REVIEW__CERTAINTY:
				return certainty != null && !certainty.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", riskOfBiasTools: ");
		result.append(riskOfBiasTools);
		result.append(", singleScreening: ");
		result.append(singleScreening);
		result.append(')');
		return result.toString();
	}

} //ReviewImpl
