/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.AppraisePackage;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningLog;

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
 * An implementation of the model object '<em><b>Screening Log</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ScreeningLogImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ScreeningLogImpl#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ScreeningLogImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScreeningLogImpl extends IdentifiedImpl implements ScreeningLog {
	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Reviewer reviewer;

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
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<ScreeningDecision> decisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScreeningLogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.SCREENING_LOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reviewer getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Reviewer)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.SCREENING_LOG__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Reviewer basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Reviewer newReviewer) {
		Reviewer oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.SCREENING_LOG__REVIEWER, oldReviewer, reviewer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.SCREENING_LOG__CONSENSUS, oldConsensus, consensus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScreeningDecision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<ScreeningDecision>(ScreeningDecision.class, this, AppraisePackage.SCREENING_LOG__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.SCREENING_LOG__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.SCREENING_LOG__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case AppraisePackage.SCREENING_LOG__CONSENSUS:
				return isConsensus();
			case AppraisePackage.SCREENING_LOG__DECISIONS:
				return getDecisions();
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
			case AppraisePackage.SCREENING_LOG__REVIEWER:
				setReviewer((Reviewer)newValue);
				return;
			case AppraisePackage.SCREENING_LOG__CONSENSUS:
				setConsensus((Boolean)newValue);
				return;
			case AppraisePackage.SCREENING_LOG__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends ScreeningDecision>)newValue);
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
			case AppraisePackage.SCREENING_LOG__REVIEWER:
				setReviewer((Reviewer)null);
				return;
			case AppraisePackage.SCREENING_LOG__CONSENSUS:
				setConsensus(CONSENSUS_EDEFAULT);
				return;
			case AppraisePackage.SCREENING_LOG__DECISIONS:
				getDecisions().clear();
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
			case AppraisePackage.SCREENING_LOG__REVIEWER:
				return reviewer != null;
			case AppraisePackage.SCREENING_LOG__CONSENSUS:
				return consensus != CONSENSUS_EDEFAULT;
			case AppraisePackage.SCREENING_LOG__DECISIONS:
				return decisions != null && !decisions.isEmpty();
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
		result.append(" (consensus: ");
		result.append(consensus);
		result.append(')');
		return result.toString();
	}

} //ScreeningLogImpl
