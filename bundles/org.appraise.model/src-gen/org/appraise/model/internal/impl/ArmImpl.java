/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.Annotation;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.GroupSize;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ArmImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ArmImpl#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ArmImpl#getGroupSizes <em>Group Sizes</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ArmImpl#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArmImpl extends IdentifiedImpl implements Arm {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervention() <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERVENTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntervention() <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected String intervention = INTERVENTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroupSizes() <em>Group Sizes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupSize> groupSizes;

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
	protected ArmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.ARM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ARM__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntervention() {
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervention(String newIntervention) {
		String oldIntervention = intervention;
		intervention = newIntervention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ARM__INTERVENTION, oldIntervention, intervention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupSize> getGroupSizes() {
		if (groupSizes == null) {
			groupSizes = new EObjectContainmentEList<GroupSize>(GroupSize.class, this, AppraisePackage.ARM__GROUP_SIZES);
		}
		return groupSizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getSources() {
		if (sources == null) {
			sources = new EObjectResolvingEList<Annotation>(Annotation.class, this, AppraisePackage.ARM__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.ARM__GROUP_SIZES:
				return ((InternalEList<?>)getGroupSizes()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.ARM__LABEL:
				return getLabel();
			case AppraisePackage.ARM__INTERVENTION:
				return getIntervention();
			case AppraisePackage.ARM__GROUP_SIZES:
				return getGroupSizes();
			case AppraisePackage.ARM__SOURCES:
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
			case AppraisePackage.ARM__LABEL:
				setLabel((String)newValue);
				return;
			case AppraisePackage.ARM__INTERVENTION:
				setIntervention((String)newValue);
				return;
			case AppraisePackage.ARM__GROUP_SIZES:
				getGroupSizes().clear();
				getGroupSizes().addAll((Collection<? extends GroupSize>)newValue);
				return;
			case AppraisePackage.ARM__SOURCES:
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
			case AppraisePackage.ARM__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case AppraisePackage.ARM__INTERVENTION:
				setIntervention(INTERVENTION_EDEFAULT);
				return;
			case AppraisePackage.ARM__GROUP_SIZES:
				getGroupSizes().clear();
				return;
			case AppraisePackage.ARM__SOURCES:
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
			case AppraisePackage.ARM__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case AppraisePackage.ARM__INTERVENTION:
				return INTERVENTION_EDEFAULT == null ? intervention != null : !INTERVENTION_EDEFAULT.equals(intervention);
			case AppraisePackage.ARM__GROUP_SIZES:
				return groupSizes != null && !groupSizes.isEmpty();
			case AppraisePackage.ARM__SOURCES:
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
		result.append(" (label: ");
		result.append(label);
		result.append(", intervention: ");
		result.append(intervention);
		result.append(')');
		return result.toString();
	}

} //ArmImpl
