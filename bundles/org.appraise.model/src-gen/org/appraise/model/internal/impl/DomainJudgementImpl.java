/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.Annotation;
import org.appraise.model.AppraisePackage;
import org.appraise.model.DomainJudgement;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain Judgement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.DomainJudgementImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.DomainJudgementImpl#getProposed <em>Proposed</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.DomainJudgementImpl#getJudgement <em>Judgement</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.DomainJudgementImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.DomainJudgementImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.DomainJudgementImpl#getSupport <em>Support</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.DomainJudgementImpl#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomainJudgementImpl extends MinimalEObjectImpl.Container implements DomainJudgement {
	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getProposed() <em>Proposed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposed()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPOSED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposed() <em>Proposed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposed()
	 * @generated
	 * @ordered
	 */
	protected String proposed = PROPOSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getJudgement() <em>Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgement()
	 * @generated
	 * @ordered
	 */
	protected static final String JUDGEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJudgement() <em>Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgement()
	 * @generated
	 * @ordered
	 */
	protected String judgement = JUDGEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected Integer score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupport() <em>Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupport()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupport() <em>Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupport()
	 * @generated
	 * @ordered
	 */
	protected String support = SUPPORT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> sources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomainJudgementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.DOMAIN_JUDGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.DOMAIN_JUDGEMENT__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProposed() {
		return proposed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposed(String newProposed) {
		String oldProposed = proposed;
		proposed = newProposed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.DOMAIN_JUDGEMENT__PROPOSED, oldProposed, proposed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJudgement() {
		return judgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJudgement(String newJudgement) {
		String oldJudgement = judgement;
		judgement = newJudgement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.DOMAIN_JUDGEMENT__JUDGEMENT, oldJudgement, judgement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(Integer newScore) {
		Integer oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.DOMAIN_JUDGEMENT__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.DOMAIN_JUDGEMENT__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupport() {
		return support;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupport(String newSupport) {
		String oldSupport = support;
		support = newSupport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.DOMAIN_JUDGEMENT__SUPPORT, oldSupport, support));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getSources() {
		if (sources == null) {
			sources = new EObjectResolvingEList<Annotation>(Annotation.class, this, AppraisePackage.DOMAIN_JUDGEMENT__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppraisePackage.DOMAIN_JUDGEMENT__DOMAIN:
				return getDomain();
			case AppraisePackage.DOMAIN_JUDGEMENT__PROPOSED:
				return getProposed();
			case AppraisePackage.DOMAIN_JUDGEMENT__JUDGEMENT:
				return getJudgement();
			case AppraisePackage.DOMAIN_JUDGEMENT__SCORE:
				return getScore();
			case AppraisePackage.DOMAIN_JUDGEMENT__RATIONALE:
				return getRationale();
			case AppraisePackage.DOMAIN_JUDGEMENT__SUPPORT:
				return getSupport();
			case AppraisePackage.DOMAIN_JUDGEMENT__SOURCES:
				return getSources();
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
			case AppraisePackage.DOMAIN_JUDGEMENT__DOMAIN:
				setDomain((String)newValue);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__PROPOSED:
				setProposed((String)newValue);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__JUDGEMENT:
				setJudgement((String)newValue);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__SCORE:
				setScore((Integer)newValue);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__RATIONALE:
				setRationale((String)newValue);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__SUPPORT:
				setSupport((String)newValue);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Annotation>)newValue);
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
			case AppraisePackage.DOMAIN_JUDGEMENT__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__PROPOSED:
				setProposed(PROPOSED_EDEFAULT);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__JUDGEMENT:
				setJudgement(JUDGEMENT_EDEFAULT);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__SUPPORT:
				setSupport(SUPPORT_EDEFAULT);
				return;
			case AppraisePackage.DOMAIN_JUDGEMENT__SOURCES:
				getSources().clear();
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
			case AppraisePackage.DOMAIN_JUDGEMENT__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case AppraisePackage.DOMAIN_JUDGEMENT__PROPOSED:
				return PROPOSED_EDEFAULT == null ? proposed != null : !PROPOSED_EDEFAULT.equals(proposed);
			case AppraisePackage.DOMAIN_JUDGEMENT__JUDGEMENT:
				return JUDGEMENT_EDEFAULT == null ? judgement != null : !JUDGEMENT_EDEFAULT.equals(judgement);
			case AppraisePackage.DOMAIN_JUDGEMENT__SCORE:
				return SCORE_EDEFAULT == null ? score != null : !SCORE_EDEFAULT.equals(score);
			case AppraisePackage.DOMAIN_JUDGEMENT__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case AppraisePackage.DOMAIN_JUDGEMENT__SUPPORT:
				return SUPPORT_EDEFAULT == null ? support != null : !SUPPORT_EDEFAULT.equals(support);
			case AppraisePackage.DOMAIN_JUDGEMENT__SOURCES:
				return sources != null && !sources.isEmpty();
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
		result.append(" (domain: ");
		result.append(domain);
		result.append(", proposed: ");
		result.append(proposed);
		result.append(", judgement: ");
		result.append(judgement);
		result.append(", score: ");
		result.append(score);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", support: ");
		result.append(support);
		result.append(')');
		return result.toString();
	}

} //DomainJudgementImpl
