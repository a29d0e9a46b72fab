/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.appraise.model.Analysis;
import org.appraise.model.AppraisePackage;
import org.appraise.model.CertaintyAssessment;
import org.appraise.model.CertaintyRating;
import org.appraise.model.OutcomeDefinition;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Certainty Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getAnalysis <em>Analysis</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getRatings <em>Ratings</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getAssumedRisk <em>Assumed Risk</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getAssumedRiskSource <em>Assumed Risk Source</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getImprecisionThreshold <em>Imprecision Threshold</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getOptimalInformationSize <em>Optimal Information Size</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.CertaintyAssessmentImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CertaintyAssessmentImpl extends IdentifiedImpl implements CertaintyAssessment {
	/**
	 * The cached value of the '{@link #getAnalysis() <em>Analysis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysis()
	 * @generated
	 * @ordered
	 */
	protected Analysis analysis;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected OutcomeDefinition outcome;

	/**
	 * The default value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSESSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected String assessor = ASSESSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsensus() <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsensus()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENSUS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsensus() <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsensus()
	 * @generated
	 * @ordered
	 */
	protected boolean consensus = CONSENSUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRatings() <em>Ratings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatings()
	 * @generated
	 * @ordered
	 */
	protected EList<CertaintyRating> ratings;

	/**
	 * The default value of the '{@link #getAssumedRisk() <em>Assumed Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumedRisk()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ASSUMED_RISK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssumedRisk() <em>Assumed Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumedRisk()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal assumedRisk = ASSUMED_RISK_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssumedRiskSource() <em>Assumed Risk Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumedRiskSource()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSUMED_RISK_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssumedRiskSource() <em>Assumed Risk Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumedRiskSource()
	 * @generated
	 * @ordered
	 */
	protected String assumedRiskSource = ASSUMED_RISK_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getImprecisionThreshold() <em>Imprecision Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImprecisionThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal IMPRECISION_THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImprecisionThreshold() <em>Imprecision Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImprecisionThreshold()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal imprecisionThreshold = IMPRECISION_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimalInformationSize() <em>Optimal Information Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimalInformationSize()
	 * @generated
	 * @ordered
	 */
	protected static final Integer OPTIMAL_INFORMATION_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptimalInformationSize() <em>Optimal Information Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimalInformationSize()
	 * @generated
	 * @ordered
	 */
	protected Integer optimalInformationSize = OPTIMAL_INFORMATION_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ORDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected Integer order = ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNarrative() <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNarrative() <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected String narrative = NARRATIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CertaintyAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.CERTAINTY_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Analysis getAnalysis() {
		if (analysis != null && analysis.eIsProxy()) {
			InternalEObject oldAnalysis = (InternalEObject)analysis;
			analysis = (Analysis)eResolveProxy(oldAnalysis);
			if (analysis != oldAnalysis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.CERTAINTY_ASSESSMENT__ANALYSIS, oldAnalysis, analysis));
			}
		}
		return analysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Analysis basicGetAnalysis() {
		return analysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysis(Analysis newAnalysis) {
		Analysis oldAnalysis = analysis;
		analysis = newAnalysis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__ANALYSIS, oldAnalysis, analysis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeDefinition getOutcome() {
		if (outcome != null && outcome.eIsProxy()) {
			InternalEObject oldOutcome = (InternalEObject)outcome;
			outcome = (OutcomeDefinition)eResolveProxy(oldOutcome);
			if (outcome != oldOutcome) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.CERTAINTY_ASSESSMENT__OUTCOME, oldOutcome, outcome));
			}
		}
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutcomeDefinition basicGetOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(OutcomeDefinition newOutcome) {
		OutcomeDefinition oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssessor() {
		return assessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessor(String newAssessor) {
		String oldAssessor = assessor;
		assessor = newAssessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__ASSESSOR, oldAssessor, assessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsensus() {
		return consensus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsensus(boolean newConsensus) {
		boolean oldConsensus = consensus;
		consensus = newConsensus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__CONSENSUS, oldConsensus, consensus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CertaintyRating> getRatings() {
		if (ratings == null) {
			ratings = new EObjectContainmentEList<CertaintyRating>(CertaintyRating.class, this, AppraisePackage.CERTAINTY_ASSESSMENT__RATINGS);
		}
		return ratings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAssumedRisk() {
		return assumedRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumedRisk(BigDecimal newAssumedRisk) {
		BigDecimal oldAssumedRisk = assumedRisk;
		assumedRisk = newAssumedRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK, oldAssumedRisk, assumedRisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssumedRiskSource() {
		return assumedRiskSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssumedRiskSource(String newAssumedRiskSource) {
		String oldAssumedRiskSource = assumedRiskSource;
		assumedRiskSource = newAssumedRiskSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE, oldAssumedRiskSource, assumedRiskSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getImprecisionThreshold() {
		return imprecisionThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImprecisionThreshold(BigDecimal newImprecisionThreshold) {
		BigDecimal oldImprecisionThreshold = imprecisionThreshold;
		imprecisionThreshold = newImprecisionThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD, oldImprecisionThreshold, imprecisionThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getOptimalInformationSize() {
		return optimalInformationSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimalInformationSize(Integer newOptimalInformationSize) {
		Integer oldOptimalInformationSize = optimalInformationSize;
		optimalInformationSize = newOptimalInformationSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE, oldOptimalInformationSize, optimalInformationSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(Integer newOrder) {
		Integer oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNarrative() {
		return narrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNarrative(String newNarrative) {
		String oldNarrative = narrative;
		narrative = newNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__NARRATIVE, oldNarrative, narrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CERTAINTY_ASSESSMENT__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.CERTAINTY_ASSESSMENT__RATINGS:
				return ((InternalEList<?>)getRatings()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.CERTAINTY_ASSESSMENT__ANALYSIS:
				if (resolve) return getAnalysis();
				return basicGetAnalysis();
			case AppraisePackage.CERTAINTY_ASSESSMENT__OUTCOME:
				if (resolve) return getOutcome();
				return basicGetOutcome();
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSESSOR:
				return getAssessor();
			case AppraisePackage.CERTAINTY_ASSESSMENT__CONSENSUS:
				return isConsensus();
			case AppraisePackage.CERTAINTY_ASSESSMENT__EVIDENCE:
				return getEvidence();
			case AppraisePackage.CERTAINTY_ASSESSMENT__RATINGS:
				return getRatings();
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK:
				return getAssumedRisk();
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE:
				return getAssumedRiskSource();
			case AppraisePackage.CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD:
				return getImprecisionThreshold();
			case AppraisePackage.CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE:
				return getOptimalInformationSize();
			case AppraisePackage.CERTAINTY_ASSESSMENT__ORDER:
				return getOrder();
			case AppraisePackage.CERTAINTY_ASSESSMENT__NARRATIVE:
				return getNarrative();
			case AppraisePackage.CERTAINTY_ASSESSMENT__COMMENT:
				return getComment();
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
			case AppraisePackage.CERTAINTY_ASSESSMENT__ANALYSIS:
				setAnalysis((Analysis)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__OUTCOME:
				setOutcome((OutcomeDefinition)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSESSOR:
				setAssessor((String)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__CONSENSUS:
				setConsensus((Boolean)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__RATINGS:
				getRatings().clear();
				getRatings().addAll((Collection<? extends CertaintyRating>)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK:
				setAssumedRisk((BigDecimal)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE:
				setAssumedRiskSource((String)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD:
				setImprecisionThreshold((BigDecimal)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE:
				setOptimalInformationSize((Integer)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ORDER:
				setOrder((Integer)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__NARRATIVE:
				setNarrative((String)newValue);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__COMMENT:
				setComment((String)newValue);
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
			case AppraisePackage.CERTAINTY_ASSESSMENT__ANALYSIS:
				setAnalysis((Analysis)null);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__OUTCOME:
				setOutcome((OutcomeDefinition)null);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSESSOR:
				setAssessor(ASSESSOR_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__CONSENSUS:
				setConsensus(CONSENSUS_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__RATINGS:
				getRatings().clear();
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK:
				setAssumedRisk(ASSUMED_RISK_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE:
				setAssumedRiskSource(ASSUMED_RISK_SOURCE_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD:
				setImprecisionThreshold(IMPRECISION_THRESHOLD_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE:
				setOptimalInformationSize(OPTIMAL_INFORMATION_SIZE_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__NARRATIVE:
				setNarrative(NARRATIVE_EDEFAULT);
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case AppraisePackage.CERTAINTY_ASSESSMENT__ANALYSIS:
				return analysis != null;
			case AppraisePackage.CERTAINTY_ASSESSMENT__OUTCOME:
				return outcome != null;
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSESSOR:
				return ASSESSOR_EDEFAULT == null ? assessor != null : !ASSESSOR_EDEFAULT.equals(assessor);
			case AppraisePackage.CERTAINTY_ASSESSMENT__CONSENSUS:
				return consensus != CONSENSUS_EDEFAULT;
			case AppraisePackage.CERTAINTY_ASSESSMENT__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case AppraisePackage.CERTAINTY_ASSESSMENT__RATINGS:
				return ratings != null && !ratings.isEmpty();
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK:
				return ASSUMED_RISK_EDEFAULT == null ? assumedRisk != null : !ASSUMED_RISK_EDEFAULT.equals(assumedRisk);
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE:
				return ASSUMED_RISK_SOURCE_EDEFAULT == null ? assumedRiskSource != null : !ASSUMED_RISK_SOURCE_EDEFAULT.equals(assumedRiskSource);
			case AppraisePackage.CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD:
				return IMPRECISION_THRESHOLD_EDEFAULT == null ? imprecisionThreshold != null : !IMPRECISION_THRESHOLD_EDEFAULT.equals(imprecisionThreshold);
			case AppraisePackage.CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE:
				return OPTIMAL_INFORMATION_SIZE_EDEFAULT == null ? optimalInformationSize != null : !OPTIMAL_INFORMATION_SIZE_EDEFAULT.equals(optimalInformationSize);
			case AppraisePackage.CERTAINTY_ASSESSMENT__ORDER:
				return ORDER_EDEFAULT == null ? order != null : !ORDER_EDEFAULT.equals(order);
			case AppraisePackage.CERTAINTY_ASSESSMENT__NARRATIVE:
				return NARRATIVE_EDEFAULT == null ? narrative != null : !NARRATIVE_EDEFAULT.equals(narrative);
			case AppraisePackage.CERTAINTY_ASSESSMENT__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (assessor: ");
		result.append(assessor);
		result.append(", consensus: ");
		result.append(consensus);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", assumedRisk: ");
		result.append(assumedRisk);
		result.append(", assumedRiskSource: ");
		result.append(assumedRiskSource);
		result.append(", imprecisionThreshold: ");
		result.append(imprecisionThreshold);
		result.append(", optimalInformationSize: ");
		result.append(optimalInformationSize);
		result.append(", order: ");
		result.append(order);
		result.append(", narrative: ");
		result.append(narrative);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //CertaintyAssessmentImpl
