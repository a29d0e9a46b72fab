/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.math.BigDecimal;

import org.appraise.model.AppraisePackage;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.Value;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Median Time To Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.MedianTimeToEventImpl#getMedian <em>Median</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.MedianTimeToEventImpl#getLower <em>Lower</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.MedianTimeToEventImpl#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.MedianTimeToEventImpl#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.MedianTimeToEventImpl#isNotReached <em>Not Reached</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MedianTimeToEventImpl extends ArmResultImpl implements MedianTimeToEvent {
	/**
	 * The cached value of the '{@link #getMedian() <em>Median</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedian()
	 * @generated
	 * @ordered
	 */
	protected Value median;

	/**
	 * The cached value of the '{@link #getLower() <em>Lower</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLower()
	 * @generated
	 * @ordered
	 */
	protected Value lower;

	/**
	 * The cached value of the '{@link #getUpper() <em>Upper</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpper()
	 * @generated
	 * @ordered
	 */
	protected Value upper;

	/**
	 * The default value of the '{@link #getCiLevel() <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLevel()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CI_LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCiLevel() <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLevel()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal ciLevel = CI_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotReached() <em>Not Reached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotReached()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_REACHED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotReached() <em>Not Reached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotReached()
	 * @generated
	 * @ordered
	 */
	protected boolean notReached = NOT_REACHED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MedianTimeToEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.MEDIAN_TIME_TO_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getMedian() {
		return median;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMedian(Value newMedian, NotificationChain msgs) {
		Value oldMedian = median;
		median = newMedian;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN, oldMedian, newMedian);
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
	public void setMedian(Value newMedian) {
		if (newMedian != median) {
			NotificationChain msgs = null;
			if (median != null)
				msgs = ((InternalEObject)median).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN, null, msgs);
			if (newMedian != null)
				msgs = ((InternalEObject)newMedian).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN, null, msgs);
			msgs = basicSetMedian(newMedian, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN, newMedian, newMedian));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getLower() {
		return lower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLower(Value newLower, NotificationChain msgs) {
		Value oldLower = lower;
		lower = newLower;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER, oldLower, newLower);
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
	public void setLower(Value newLower) {
		if (newLower != lower) {
			NotificationChain msgs = null;
			if (lower != null)
				msgs = ((InternalEObject)lower).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER, null, msgs);
			if (newLower != null)
				msgs = ((InternalEObject)newLower).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER, null, msgs);
			msgs = basicSetLower(newLower, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER, newLower, newLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getUpper() {
		return upper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUpper(Value newUpper, NotificationChain msgs) {
		Value oldUpper = upper;
		upper = newUpper;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER, oldUpper, newUpper);
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
	public void setUpper(Value newUpper) {
		if (newUpper != upper) {
			NotificationChain msgs = null;
			if (upper != null)
				msgs = ((InternalEObject)upper).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER, null, msgs);
			if (newUpper != null)
				msgs = ((InternalEObject)newUpper).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER, null, msgs);
			msgs = basicSetUpper(newUpper, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER, newUpper, newUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCiLevel() {
		return ciLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiLevel(BigDecimal newCiLevel) {
		BigDecimal oldCiLevel = ciLevel;
		ciLevel = newCiLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__CI_LEVEL, oldCiLevel, ciLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotReached() {
		return notReached;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotReached(boolean newNotReached) {
		boolean oldNotReached = notReached;
		notReached = newNotReached;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.MEDIAN_TIME_TO_EVENT__NOT_REACHED, oldNotReached, notReached));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN:
				return basicSetMedian(null, msgs);
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER:
				return basicSetLower(null, msgs);
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER:
				return basicSetUpper(null, msgs);
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
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN:
				return getMedian();
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER:
				return getLower();
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER:
				return getUpper();
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__CI_LEVEL:
				return getCiLevel();
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__NOT_REACHED:
				return isNotReached();
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
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN:
				setMedian((Value)newValue);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER:
				setLower((Value)newValue);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER:
				setUpper((Value)newValue);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__CI_LEVEL:
				setCiLevel((BigDecimal)newValue);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__NOT_REACHED:
				setNotReached((Boolean)newValue);
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
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN:
				setMedian((Value)null);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER:
				setLower((Value)null);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER:
				setUpper((Value)null);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__CI_LEVEL:
				setCiLevel(CI_LEVEL_EDEFAULT);
				return;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__NOT_REACHED:
				setNotReached(NOT_REACHED_EDEFAULT);
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
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__MEDIAN:
				return median != null;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__LOWER:
				return lower != null;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__UPPER:
				return upper != null;
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__CI_LEVEL:
				return CI_LEVEL_EDEFAULT == null ? ciLevel != null : !CI_LEVEL_EDEFAULT.equals(ciLevel);
			case AppraisePackage.MEDIAN_TIME_TO_EVENT__NOT_REACHED:
				return notReached != NOT_REACHED_EDEFAULT;
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
		result.append(" (ciLevel: ");
		result.append(ciLevel);
		result.append(", notReached: ");
		result.append(notReached);
		result.append(')');
		return result.toString();
	}

} //MedianTimeToEventImpl
