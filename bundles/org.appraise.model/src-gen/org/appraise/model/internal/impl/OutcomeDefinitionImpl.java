/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import org.appraise.model.AppraisePackage;
import org.appraise.model.OutcomeDefinition;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outcome Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#getMeasurement <em>Measurement</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#getTiming <em>Timing</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeDefinitionImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomeDefinitionImpl extends IdentifiedImpl implements OutcomeDefinition {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getMeasurement() <em>Measurement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurement()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASUREMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasurement() <em>Measurement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurement()
	 * @generated
	 * @ordered
	 */
	protected String measurement = MEASUREMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected static final String AGGREGATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected String aggregation = AGGREGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected static final String TIMING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTiming() <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected String timing = TIMING_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected boolean primary = PRIMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutcomeDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.OUTCOME_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasurement() {
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasurement(String newMeasurement) {
		String oldMeasurement = measurement;
		measurement = newMeasurement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__MEASUREMENT, oldMeasurement, measurement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAggregation() {
		return aggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregation(String newAggregation) {
		String oldAggregation = aggregation;
		aggregation = newAggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__AGGREGATION, oldAggregation, aggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTiming() {
		return timing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTiming(String newTiming) {
		String oldTiming = timing;
		timing = newTiming;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__TIMING, oldTiming, timing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_DEFINITION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppraisePackage.OUTCOME_DEFINITION__NAME:
				return getName();
			case AppraisePackage.OUTCOME_DEFINITION__DOMAIN:
				return getDomain();
			case AppraisePackage.OUTCOME_DEFINITION__MEASUREMENT:
				return getMeasurement();
			case AppraisePackage.OUTCOME_DEFINITION__METRIC:
				return getMetric();
			case AppraisePackage.OUTCOME_DEFINITION__AGGREGATION:
				return getAggregation();
			case AppraisePackage.OUTCOME_DEFINITION__TIMING:
				return getTiming();
			case AppraisePackage.OUTCOME_DEFINITION__PRIMARY:
				return isPrimary();
			case AppraisePackage.OUTCOME_DEFINITION__NOTES:
				return getNotes();
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
			case AppraisePackage.OUTCOME_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__DOMAIN:
				setDomain((String)newValue);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__MEASUREMENT:
				setMeasurement((String)newValue);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__METRIC:
				setMetric((String)newValue);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__AGGREGATION:
				setAggregation((String)newValue);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__TIMING:
				setTiming((String)newValue);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__NOTES:
				setNotes((String)newValue);
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
			case AppraisePackage.OUTCOME_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__MEASUREMENT:
				setMeasurement(MEASUREMENT_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__AGGREGATION:
				setAggregation(AGGREGATION_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__TIMING:
				setTiming(TIMING_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_DEFINITION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case AppraisePackage.OUTCOME_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AppraisePackage.OUTCOME_DEFINITION__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case AppraisePackage.OUTCOME_DEFINITION__MEASUREMENT:
				return MEASUREMENT_EDEFAULT == null ? measurement != null : !MEASUREMENT_EDEFAULT.equals(measurement);
			case AppraisePackage.OUTCOME_DEFINITION__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case AppraisePackage.OUTCOME_DEFINITION__AGGREGATION:
				return AGGREGATION_EDEFAULT == null ? aggregation != null : !AGGREGATION_EDEFAULT.equals(aggregation);
			case AppraisePackage.OUTCOME_DEFINITION__TIMING:
				return TIMING_EDEFAULT == null ? timing != null : !TIMING_EDEFAULT.equals(timing);
			case AppraisePackage.OUTCOME_DEFINITION__PRIMARY:
				return primary != PRIMARY_EDEFAULT;
			case AppraisePackage.OUTCOME_DEFINITION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", domain: ");
		result.append(domain);
		result.append(", measurement: ");
		result.append(measurement);
		result.append(", metric: ");
		result.append(metric);
		result.append(", aggregation: ");
		result.append(aggregation);
		result.append(", timing: ");
		result.append(timing);
		result.append(", primary: ");
		result.append(primary);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //OutcomeDefinitionImpl
