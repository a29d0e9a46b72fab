/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.AppraisePackage;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;

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
 * An implementation of the model object '<em><b>Outcome Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl#getTimepoint <em>Timepoint</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl#getResults <em>Results</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.OutcomeMeasurementImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutcomeMeasurementImpl extends IdentifiedImpl implements OutcomeMeasurement {
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
	 * The default value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERIA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected String criteria = CRITERIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimepoint() <em>Timepoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimepoint()
	 * @generated
	 * @ordered
	 */
	protected static final String TIMEPOINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimepoint() <em>Timepoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimepoint()
	 * @generated
	 * @ordered
	 */
	protected String timepoint = TIMEPOINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final String POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected String population = POPULATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<Result> results;

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
	protected OutcomeMeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.OUTCOME_MEASUREMENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.OUTCOME_MEASUREMENT__OUTCOME, oldOutcome, outcome));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_MEASUREMENT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriteria() {
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteria(String newCriteria) {
		String oldCriteria = criteria;
		criteria = newCriteria;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_MEASUREMENT__CRITERIA, oldCriteria, criteria));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimepoint() {
		return timepoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimepoint(String newTimepoint) {
		String oldTimepoint = timepoint;
		timepoint = newTimepoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_MEASUREMENT__TIMEPOINT, oldTimepoint, timepoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(String newPopulation) {
		String oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_MEASUREMENT__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Result> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<Result>(Result.class, this, AppraisePackage.OUTCOME_MEASUREMENT__RESULTS);
		}
		return results;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.OUTCOME_MEASUREMENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.OUTCOME_MEASUREMENT__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.OUTCOME_MEASUREMENT__OUTCOME:
				if (resolve) return getOutcome();
				return basicGetOutcome();
			case AppraisePackage.OUTCOME_MEASUREMENT__CRITERIA:
				return getCriteria();
			case AppraisePackage.OUTCOME_MEASUREMENT__TIMEPOINT:
				return getTimepoint();
			case AppraisePackage.OUTCOME_MEASUREMENT__POPULATION:
				return getPopulation();
			case AppraisePackage.OUTCOME_MEASUREMENT__RESULTS:
				return getResults();
			case AppraisePackage.OUTCOME_MEASUREMENT__NOTES:
				return getNotes();
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
			case AppraisePackage.OUTCOME_MEASUREMENT__OUTCOME:
				setOutcome((OutcomeDefinition)newValue);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__CRITERIA:
				setCriteria((String)newValue);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__TIMEPOINT:
				setTimepoint((String)newValue);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__POPULATION:
				setPopulation((String)newValue);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends Result>)newValue);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__NOTES:
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
			case AppraisePackage.OUTCOME_MEASUREMENT__OUTCOME:
				setOutcome((OutcomeDefinition)null);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__CRITERIA:
				setCriteria(CRITERIA_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__TIMEPOINT:
				setTimepoint(TIMEPOINT_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__RESULTS:
				getResults().clear();
				return;
			case AppraisePackage.OUTCOME_MEASUREMENT__NOTES:
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
			case AppraisePackage.OUTCOME_MEASUREMENT__OUTCOME:
				return outcome != null;
			case AppraisePackage.OUTCOME_MEASUREMENT__CRITERIA:
				return CRITERIA_EDEFAULT == null ? criteria != null : !CRITERIA_EDEFAULT.equals(criteria);
			case AppraisePackage.OUTCOME_MEASUREMENT__TIMEPOINT:
				return TIMEPOINT_EDEFAULT == null ? timepoint != null : !TIMEPOINT_EDEFAULT.equals(timepoint);
			case AppraisePackage.OUTCOME_MEASUREMENT__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case AppraisePackage.OUTCOME_MEASUREMENT__RESULTS:
				return results != null && !results.isEmpty();
			case AppraisePackage.OUTCOME_MEASUREMENT__NOTES:
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
		result.append(" (criteria: ");
		result.append(criteria);
		result.append(", timepoint: ");
		result.append(timepoint);
		result.append(", population: ");
		result.append(population);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //OutcomeMeasurementImpl
