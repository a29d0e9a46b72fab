/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.math.BigDecimal;

import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.HazardRatio;
import org.appraise.model.Value;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hazard Ratio</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getExperimental <em>Experimental</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getEstimate <em>Estimate</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getLower <em>Lower</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getPValue <em>PValue</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#isAdjusted <em>Adjusted</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.HazardRatioImpl#getAdjustment <em>Adjustment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HazardRatioImpl extends ResultImpl implements HazardRatio {
	/**
	 * The cached value of the '{@link #getExperimental() <em>Experimental</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimental()
	 * @generated
	 * @ordered
	 */
	protected Arm experimental;

	/**
	 * The cached value of the '{@link #getComparator() <em>Comparator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected Arm comparator;

	/**
	 * The cached value of the '{@link #getEstimate() <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimate()
	 * @generated
	 * @ordered
	 */
	protected Value estimate;

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
	 * The cached value of the '{@link #getPValue() <em>PValue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPValue()
	 * @generated
	 * @ordered
	 */
	protected Value pValue;

	/**
	 * The default value of the '{@link #isAdjusted() <em>Adjusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdjusted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADJUSTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAdjusted() <em>Adjusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdjusted()
	 * @generated
	 * @ordered
	 */
	protected boolean adjusted = ADJUSTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustment() <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustment()
	 * @generated
	 * @ordered
	 */
	protected static final String ADJUSTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustment() <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustment()
	 * @generated
	 * @ordered
	 */
	protected String adjustment = ADJUSTMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HazardRatioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.HAZARD_RATIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm getExperimental() {
		if (experimental != null && experimental.eIsProxy()) {
			InternalEObject oldExperimental = (InternalEObject)experimental;
			experimental = (Arm)eResolveProxy(oldExperimental);
			if (experimental != oldExperimental) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.HAZARD_RATIO__EXPERIMENTAL, oldExperimental, experimental));
			}
		}
		return experimental;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arm basicGetExperimental() {
		return experimental;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimental(Arm newExperimental) {
		Arm oldExperimental = experimental;
		experimental = newExperimental;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__EXPERIMENTAL, oldExperimental, experimental));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm getComparator() {
		if (comparator != null && comparator.eIsProxy()) {
			InternalEObject oldComparator = (InternalEObject)comparator;
			comparator = (Arm)eResolveProxy(oldComparator);
			if (comparator != oldComparator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.HAZARD_RATIO__COMPARATOR, oldComparator, comparator));
			}
		}
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arm basicGetComparator() {
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparator(Arm newComparator) {
		Arm oldComparator = comparator;
		comparator = newComparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__COMPARATOR, oldComparator, comparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getEstimate() {
		return estimate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEstimate(Value newEstimate, NotificationChain msgs) {
		Value oldEstimate = estimate;
		estimate = newEstimate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__ESTIMATE, oldEstimate, newEstimate);
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
	public void setEstimate(Value newEstimate) {
		if (newEstimate != estimate) {
			NotificationChain msgs = null;
			if (estimate != null)
				msgs = ((InternalEObject)estimate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__ESTIMATE, null, msgs);
			if (newEstimate != null)
				msgs = ((InternalEObject)newEstimate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__ESTIMATE, null, msgs);
			msgs = basicSetEstimate(newEstimate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__ESTIMATE, newEstimate, newEstimate));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__LOWER, oldLower, newLower);
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
				msgs = ((InternalEObject)lower).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__LOWER, null, msgs);
			if (newLower != null)
				msgs = ((InternalEObject)newLower).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__LOWER, null, msgs);
			msgs = basicSetLower(newLower, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__LOWER, newLower, newLower));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__UPPER, oldUpper, newUpper);
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
				msgs = ((InternalEObject)upper).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__UPPER, null, msgs);
			if (newUpper != null)
				msgs = ((InternalEObject)newUpper).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__UPPER, null, msgs);
			msgs = basicSetUpper(newUpper, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__UPPER, newUpper, newUpper));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__CI_LEVEL, oldCiLevel, ciLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value getPValue() {
		return pValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPValue(Value newPValue, NotificationChain msgs) {
		Value oldPValue = pValue;
		pValue = newPValue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__PVALUE, oldPValue, newPValue);
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
	public void setPValue(Value newPValue) {
		if (newPValue != pValue) {
			NotificationChain msgs = null;
			if (pValue != null)
				msgs = ((InternalEObject)pValue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__PVALUE, null, msgs);
			if (newPValue != null)
				msgs = ((InternalEObject)newPValue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppraisePackage.HAZARD_RATIO__PVALUE, null, msgs);
			msgs = basicSetPValue(newPValue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__PVALUE, newPValue, newPValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdjusted() {
		return adjusted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjusted(boolean newAdjusted) {
		boolean oldAdjusted = adjusted;
		adjusted = newAdjusted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__ADJUSTED, oldAdjusted, adjusted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdjustment() {
		return adjustment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustment(String newAdjustment) {
		String oldAdjustment = adjustment;
		adjustment = newAdjustment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.HAZARD_RATIO__ADJUSTMENT, oldAdjustment, adjustment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.HAZARD_RATIO__ESTIMATE:
				return basicSetEstimate(null, msgs);
			case AppraisePackage.HAZARD_RATIO__LOWER:
				return basicSetLower(null, msgs);
			case AppraisePackage.HAZARD_RATIO__UPPER:
				return basicSetUpper(null, msgs);
			case AppraisePackage.HAZARD_RATIO__PVALUE:
				return basicSetPValue(null, msgs);
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
			case AppraisePackage.HAZARD_RATIO__EXPERIMENTAL:
				if (resolve) return getExperimental();
				return basicGetExperimental();
			case AppraisePackage.HAZARD_RATIO__COMPARATOR:
				if (resolve) return getComparator();
				return basicGetComparator();
			case AppraisePackage.HAZARD_RATIO__ESTIMATE:
				return getEstimate();
			case AppraisePackage.HAZARD_RATIO__LOWER:
				return getLower();
			case AppraisePackage.HAZARD_RATIO__UPPER:
				return getUpper();
			case AppraisePackage.HAZARD_RATIO__CI_LEVEL:
				return getCiLevel();
			case AppraisePackage.HAZARD_RATIO__PVALUE:
				return getPValue();
			case AppraisePackage.HAZARD_RATIO__ADJUSTED:
				return isAdjusted();
			case AppraisePackage.HAZARD_RATIO__ADJUSTMENT:
				return getAdjustment();
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
			case AppraisePackage.HAZARD_RATIO__EXPERIMENTAL:
				setExperimental((Arm)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__COMPARATOR:
				setComparator((Arm)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__ESTIMATE:
				setEstimate((Value)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__LOWER:
				setLower((Value)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__UPPER:
				setUpper((Value)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__CI_LEVEL:
				setCiLevel((BigDecimal)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__PVALUE:
				setPValue((Value)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__ADJUSTED:
				setAdjusted((Boolean)newValue);
				return;
			case AppraisePackage.HAZARD_RATIO__ADJUSTMENT:
				setAdjustment((String)newValue);
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
			case AppraisePackage.HAZARD_RATIO__EXPERIMENTAL:
				setExperimental((Arm)null);
				return;
			case AppraisePackage.HAZARD_RATIO__COMPARATOR:
				setComparator((Arm)null);
				return;
			case AppraisePackage.HAZARD_RATIO__ESTIMATE:
				setEstimate((Value)null);
				return;
			case AppraisePackage.HAZARD_RATIO__LOWER:
				setLower((Value)null);
				return;
			case AppraisePackage.HAZARD_RATIO__UPPER:
				setUpper((Value)null);
				return;
			case AppraisePackage.HAZARD_RATIO__CI_LEVEL:
				setCiLevel(CI_LEVEL_EDEFAULT);
				return;
			case AppraisePackage.HAZARD_RATIO__PVALUE:
				setPValue((Value)null);
				return;
			case AppraisePackage.HAZARD_RATIO__ADJUSTED:
				setAdjusted(ADJUSTED_EDEFAULT);
				return;
			case AppraisePackage.HAZARD_RATIO__ADJUSTMENT:
				setAdjustment(ADJUSTMENT_EDEFAULT);
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
			case AppraisePackage.HAZARD_RATIO__EXPERIMENTAL:
				return experimental != null;
			case AppraisePackage.HAZARD_RATIO__COMPARATOR:
				return comparator != null;
			case AppraisePackage.HAZARD_RATIO__ESTIMATE:
				return estimate != null;
			case AppraisePackage.HAZARD_RATIO__LOWER:
				return lower != null;
			case AppraisePackage.HAZARD_RATIO__UPPER:
				return upper != null;
			case AppraisePackage.HAZARD_RATIO__CI_LEVEL:
				return CI_LEVEL_EDEFAULT == null ? ciLevel != null : !CI_LEVEL_EDEFAULT.equals(ciLevel);
			case AppraisePackage.HAZARD_RATIO__PVALUE:
				return pValue != null;
			case AppraisePackage.HAZARD_RATIO__ADJUSTED:
				return adjusted != ADJUSTED_EDEFAULT;
			case AppraisePackage.HAZARD_RATIO__ADJUSTMENT:
				return ADJUSTMENT_EDEFAULT == null ? adjustment != null : !ADJUSTMENT_EDEFAULT.equals(adjustment);
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
		result.append(", adjusted: ");
		result.append(adjusted);
		result.append(", adjustment: ");
		result.append(adjustment);
		result.append(')');
		return result.toString();
	}

} //HazardRatioImpl
