/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arm Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ArmResultImpl#getArm <em>Arm</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ArmResultImpl extends ResultImpl implements ArmResult {
	/**
	 * The cached value of the '{@link #getArm() <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArm()
	 * @generated
	 * @ordered
	 */
	protected Arm arm;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArmResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.ARM_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arm getArm() {
		if (arm != null && arm.eIsProxy()) {
			InternalEObject oldArm = (InternalEObject)arm;
			arm = (Arm)eResolveProxy(oldArm);
			if (arm != oldArm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.ARM_RESULT__ARM, oldArm, arm));
			}
		}
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arm basicGetArm() {
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArm(Arm newArm) {
		Arm oldArm = arm;
		arm = newArm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ARM_RESULT__ARM, oldArm, arm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppraisePackage.ARM_RESULT__ARM:
				if (resolve) return getArm();
				return basicGetArm();
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
			case AppraisePackage.ARM_RESULT__ARM:
				setArm((Arm)newValue);
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
			case AppraisePackage.ARM_RESULT__ARM:
				setArm((Arm)null);
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
			case AppraisePackage.ARM_RESULT__ARM:
				return arm != null;
		}
		return super.eIsSet(featureID);
	}

} //ArmResultImpl
