/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import org.appraise.model.AppraisePackage;
import org.appraise.model.ContinuousResult;
import org.appraise.model.Value;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Continuous Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ContinuousResultImpl#getMean <em>Mean</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ContinuousResultImpl#getSd <em>Sd</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ContinuousResultImpl#getN <em>N</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContinuousResultImpl extends ArmResultImpl implements ContinuousResult {
	/**
	 * The cached value of the '{@link #getMean() <em>Mean</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMean()
	 * @generated
	 * @ordered
	 */
	protected Value mean;

	/**
	 * The cached value of the '{@link #getSd() <em>Sd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSd()
	 * @generated
	 * @ordered
	 */
	protected Value sd;

	/**
	 * The cached value of the '{@link #getN() <em>N</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected Value n;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContinuousResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.CONTINUOUS_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getMean() {
		return mean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMean(Value newMean, NotificationChain msgs) {
		Value oldMean = mean;
		mean = newMean;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.CONTINUOUS_RESULT__MEAN, oldMean, newMean);
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
	public void setMean(Value newMean) {
		if (newMean != mean) {
			NotificationChain msgs = null;
			if (mean != null)
				msgs = ((InternalEObject)mean).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.CONTINUOUS_RESULT__MEAN, null, msgs);
			if (newMean != null)
				msgs = ((InternalEObject)newMean).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.CONTINUOUS_RESULT__MEAN, null, msgs);
			msgs = basicSetMean(newMean, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CONTINUOUS_RESULT__MEAN, newMean, newMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getSd() {
		return sd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSd(Value newSd, NotificationChain msgs) {
		Value oldSd = sd;
		sd = newSd;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.CONTINUOUS_RESULT__SD, oldSd, newSd);
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
	public void setSd(Value newSd) {
		if (newSd != sd) {
			NotificationChain msgs = null;
			if (sd != null)
				msgs = ((InternalEObject)sd).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.CONTINUOUS_RESULT__SD, null, msgs);
			if (newSd != null)
				msgs = ((InternalEObject)newSd).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.CONTINUOUS_RESULT__SD, null, msgs);
			msgs = basicSetSd(newSd, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CONTINUOUS_RESULT__SD, newSd, newSd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getN() {
		return n;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetN(Value newN, NotificationChain msgs) {
		Value oldN = n;
		n = newN;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.CONTINUOUS_RESULT__N, oldN, newN);
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
	public void setN(Value newN) {
		if (newN != n) {
			NotificationChain msgs = null;
			if (n != null)
				msgs = ((InternalEObject)n).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.CONTINUOUS_RESULT__N, null, msgs);
			if (newN != null)
				msgs = ((InternalEObject)newN).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.CONTINUOUS_RESULT__N, null, msgs);
			msgs = basicSetN(newN, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.CONTINUOUS_RESULT__N, newN, newN));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.CONTINUOUS_RESULT__MEAN:
				return basicSetMean(null, msgs);
			case AppraisePackage.CONTINUOUS_RESULT__SD:
				return basicSetSd(null, msgs);
			case AppraisePackage.CONTINUOUS_RESULT__N:
				return basicSetN(null, msgs);
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
			case AppraisePackage.CONTINUOUS_RESULT__MEAN:
				return getMean();
			case AppraisePackage.CONTINUOUS_RESULT__SD:
				return getSd();
			case AppraisePackage.CONTINUOUS_RESULT__N:
				return getN();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppraisePackage.CONTINUOUS_RESULT__MEAN:
				setMean((Value)newValue);
				return;
			case AppraisePackage.CONTINUOUS_RESULT__SD:
				setSd((Value)newValue);
				return;
			case AppraisePackage.CONTINUOUS_RESULT__N:
				setN((Value)newValue);
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
			case AppraisePackage.CONTINUOUS_RESULT__MEAN:
				setMean((Value)null);
				return;
			case AppraisePackage.CONTINUOUS_RESULT__SD:
				setSd((Value)null);
				return;
			case AppraisePackage.CONTINUOUS_RESULT__N:
				setN((Value)null);
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
			case AppraisePackage.CONTINUOUS_RESULT__MEAN:
				return mean != null;
			case AppraisePackage.CONTINUOUS_RESULT__SD:
				return sd != null;
			case AppraisePackage.CONTINUOUS_RESULT__N:
				return n != null;
		}
		return super.eIsSet(featureID);
	}

} //ContinuousResultImpl
