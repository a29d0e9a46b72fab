/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.appraise.model.Annotation;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Value;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ValueImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ValueImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ValueImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ValueImpl#isDerived <em>Derived</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ValueImpl#getDerivation <em>Derivation</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ValueImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ValueImpl#getProposedBy <em>Proposed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValueImpl extends MinimalEObjectImpl.Container implements Value {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

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
	 * The default value of the '{@link #isDerived() <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDerived()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DERIVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDerived() <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDerived()
	 * @generated
	 * @ordered
	 */
	protected boolean derived = DERIVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDerivation() <em>Derivation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivation()
	 * @generated
	 * @ordered
	 */
	protected static final String DERIVATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDerivation() <em>Derivation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivation()
	 * @generated
	 * @ordered
	 */
	protected String derivation = DERIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProposedBy() <em>Proposed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPOSED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposedBy() <em>Proposed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedBy()
	 * @generated
	 * @ordered
	 */
	protected String proposedBy = PROPOSED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.VALUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(BigDecimal newNumber) {
		BigDecimal oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.VALUE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.VALUE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getSources() {
		if (sources == null) {
			sources = new EObjectResolvingEList<Annotation>(Annotation.class, this, AppraisePackage.VALUE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDerived() {
		return derived;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerived(boolean newDerived) {
		boolean oldDerived = derived;
		derived = newDerived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.VALUE__DERIVED, oldDerived, derived));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDerivation() {
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivation(String newDerivation) {
		String oldDerivation = derivation;
		derivation = newDerivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.VALUE__DERIVATION, oldDerivation, derivation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.VALUE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProposedBy() {
		return proposedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposedBy(String newProposedBy) {
		String oldProposedBy = proposedBy;
		proposedBy = newProposedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.VALUE__PROPOSED_BY, oldProposedBy, proposedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppraisePackage.VALUE__NUMBER:
				return getNumber();
			case AppraisePackage.VALUE__UNIT:
				return getUnit();
			case AppraisePackage.VALUE__SOURCES:
				return getSources();
			case AppraisePackage.VALUE__DERIVED:
				return isDerived();
			case AppraisePackage.VALUE__DERIVATION:
				return getDerivation();
			case AppraisePackage.VALUE__NOTE:
				return getNote();
			case AppraisePackage.VALUE__PROPOSED_BY:
				return getProposedBy();
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
			case AppraisePackage.VALUE__NUMBER:
				setNumber((BigDecimal)newValue);
				return;
			case AppraisePackage.VALUE__UNIT:
				setUnit((String)newValue);
				return;
			case AppraisePackage.VALUE__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Annotation>)newValue);
				return;
			case AppraisePackage.VALUE__DERIVED:
				setDerived((Boolean)newValue);
				return;
			case AppraisePackage.VALUE__DERIVATION:
				setDerivation((String)newValue);
				return;
			case AppraisePackage.VALUE__NOTE:
				setNote((String)newValue);
				return;
			case AppraisePackage.VALUE__PROPOSED_BY:
				setProposedBy((String)newValue);
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
			case AppraisePackage.VALUE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case AppraisePackage.VALUE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case AppraisePackage.VALUE__SOURCES:
				getSources().clear();
				return;
			case AppraisePackage.VALUE__DERIVED:
				setDerived(DERIVED_EDEFAULT);
				return;
			case AppraisePackage.VALUE__DERIVATION:
				setDerivation(DERIVATION_EDEFAULT);
				return;
			case AppraisePackage.VALUE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case AppraisePackage.VALUE__PROPOSED_BY:
				setProposedBy(PROPOSED_BY_EDEFAULT);
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
			case AppraisePackage.VALUE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case AppraisePackage.VALUE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case AppraisePackage.VALUE__SOURCES:
				return sources != null && !sources.isEmpty();
			case AppraisePackage.VALUE__DERIVED:
				return derived != DERIVED_EDEFAULT;
			case AppraisePackage.VALUE__DERIVATION:
				return DERIVATION_EDEFAULT == null ? derivation != null : !DERIVATION_EDEFAULT.equals(derivation);
			case AppraisePackage.VALUE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case AppraisePackage.VALUE__PROPOSED_BY:
				return PROPOSED_BY_EDEFAULT == null ? proposedBy != null : !PROPOSED_BY_EDEFAULT.equals(proposedBy);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", unit: ");
		result.append(unit);
		result.append(", derived: ");
		result.append(derived);
		result.append(", derivation: ");
		result.append(derivation);
		result.append(", note: ");
		result.append(note);
		result.append(", proposedBy: ");
		result.append(proposedBy);
		result.append(')');
		return result.toString();
	}

} //ValueImpl
