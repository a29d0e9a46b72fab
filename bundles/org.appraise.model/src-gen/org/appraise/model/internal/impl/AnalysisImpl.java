/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.Analysis;
import org.appraise.model.AnalysisComparison;
import org.appraise.model.AnalysisExclusion;
import org.appraise.model.AppraisePackage;
import org.appraise.model.OutcomeDefinition;

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
 * An implementation of the model object '<em><b>Analysis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getTimepoint <em>Timepoint</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#isKnha <em>Knha</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getZeroCells <em>Zero Cells</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getExperimentalName <em>Experimental Name</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getControlName <em>Control Name</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getExclusions <em>Exclusions</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getSubgroups <em>Subgroups</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getRiskOfBiasTool <em>Risk Of Bias Tool</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getI2Rule <em>I2 Rule</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.AnalysisImpl#getLowerFavours <em>Lower Favours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalysisImpl extends IdentifiedImpl implements Analysis {
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
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #isKnha() <em>Knha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKnha()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KNHA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKnha() <em>Knha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKnha()
	 * @generated
	 * @ordered
	 */
	protected boolean knha = KNHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getZeroCells() <em>Zero Cells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZeroCells()
	 * @generated
	 * @ordered
	 */
	protected static final String ZERO_CELLS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZeroCells() <em>Zero Cells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZeroCells()
	 * @generated
	 * @ordered
	 */
	protected String zeroCells = ZERO_CELLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExperimentalName() <em>Experimental Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentalName()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENTAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperimentalName() <em>Experimental Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentalName()
	 * @generated
	 * @ordered
	 */
	protected String experimentalName = EXPERIMENTAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getControlName() <em>Control Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlName()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTROL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getControlName() <em>Control Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlName()
	 * @generated
	 * @ordered
	 */
	protected String controlName = CONTROL_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExclusions() <em>Exclusions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusions()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalysisExclusion> exclusions;

	/**
	 * The cached value of the '{@link #getComparisons() <em>Comparisons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected EList<AnalysisComparison> comparisons;

	/**
	 * The default value of the '{@link #getSubgroups() <em>Subgroups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroups()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBGROUPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubgroups() <em>Subgroups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroups()
	 * @generated
	 * @ordered
	 */
	protected String subgroups = SUBGROUPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRiskOfBiasTool() <em>Risk Of Bias Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskOfBiasTool()
	 * @generated
	 * @ordered
	 */
	protected static final String RISK_OF_BIAS_TOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRiskOfBiasTool() <em>Risk Of Bias Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskOfBiasTool()
	 * @generated
	 * @ordered
	 */
	protected String riskOfBiasTool = RISK_OF_BIAS_TOOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getI2Rule() <em>I2 Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getI2Rule()
	 * @generated
	 * @ordered
	 */
	protected static final String I2_RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getI2Rule() <em>I2 Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getI2Rule()
	 * @generated
	 * @ordered
	 */
	protected String i2Rule = I2_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowerFavours() <em>Lower Favours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerFavours()
	 * @generated
	 * @ordered
	 */
	protected static final String LOWER_FAVOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLowerFavours() <em>Lower Favours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowerFavours()
	 * @generated
	 * @ordered
	 */
	protected String lowerFavours = LOWER_FAVOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalysisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.ANALYSIS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__NAME, oldName, name));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.ANALYSIS__OUTCOME, oldOutcome, outcome));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__OUTCOME, oldOutcome, outcome));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__CRITERIA, oldCriteria, criteria));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__POPULATION, oldPopulation, population));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__TIMEPOINT, oldTimepoint, timepoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure) {
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKnha() {
		return knha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKnha(boolean newKnha) {
		boolean oldKnha = knha;
		knha = newKnha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__KNHA, oldKnha, knha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZeroCells() {
		return zeroCells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZeroCells(String newZeroCells) {
		String oldZeroCells = zeroCells;
		zeroCells = newZeroCells;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__ZERO_CELLS, oldZeroCells, zeroCells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperimentalName() {
		return experimentalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimentalName(String newExperimentalName) {
		String oldExperimentalName = experimentalName;
		experimentalName = newExperimentalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__EXPERIMENTAL_NAME, oldExperimentalName, experimentalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getControlName() {
		return controlName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlName(String newControlName) {
		String oldControlName = controlName;
		controlName = newControlName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__CONTROL_NAME, oldControlName, controlName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisExclusion> getExclusions() {
		if (exclusions == null) {
			exclusions = new EObjectContainmentEList<AnalysisExclusion>(AnalysisExclusion.class, this, AppraisePackage.ANALYSIS__EXCLUSIONS);
		}
		return exclusions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnalysisComparison> getComparisons() {
		if (comparisons == null) {
			comparisons = new EObjectContainmentEList<AnalysisComparison>(AnalysisComparison.class, this, AppraisePackage.ANALYSIS__COMPARISONS);
		}
		return comparisons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubgroups() {
		return subgroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubgroups(String newSubgroups) {
		String oldSubgroups = subgroups;
		subgroups = newSubgroups;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__SUBGROUPS, oldSubgroups, subgroups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRiskOfBiasTool() {
		return riskOfBiasTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskOfBiasTool(String newRiskOfBiasTool) {
		String oldRiskOfBiasTool = riskOfBiasTool;
		riskOfBiasTool = newRiskOfBiasTool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__RISK_OF_BIAS_TOOL, oldRiskOfBiasTool, riskOfBiasTool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getI2Rule() {
		return i2Rule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setI2Rule(String newI2Rule) {
		String oldI2Rule = i2Rule;
		i2Rule = newI2Rule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__I2_RULE, oldI2Rule, i2Rule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLowerFavours() {
		return lowerFavours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowerFavours(String newLowerFavours) {
		String oldLowerFavours = lowerFavours;
		lowerFavours = newLowerFavours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.ANALYSIS__LOWER_FAVOURS, oldLowerFavours, lowerFavours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.ANALYSIS__EXCLUSIONS:
				return ((InternalEList<?>)getExclusions()).basicRemove(otherEnd, msgs);
			case AppraisePackage.ANALYSIS__COMPARISONS:
				return ((InternalEList<?>)getComparisons()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.ANALYSIS__NAME:
				return getName();
			case AppraisePackage.ANALYSIS__OUTCOME:
				if (resolve) return getOutcome();
				return basicGetOutcome();
			case AppraisePackage.ANALYSIS__CRITERIA:
				return getCriteria();
			case AppraisePackage.ANALYSIS__POPULATION:
				return getPopulation();
			case AppraisePackage.ANALYSIS__TIMEPOINT:
				return getTimepoint();
			case AppraisePackage.ANALYSIS__MEASURE:
				return getMeasure();
			case AppraisePackage.ANALYSIS__METHOD:
				return getMethod();
			case AppraisePackage.ANALYSIS__KNHA:
				return isKnha();
			case AppraisePackage.ANALYSIS__ZERO_CELLS:
				return getZeroCells();
			case AppraisePackage.ANALYSIS__EXPERIMENTAL_NAME:
				return getExperimentalName();
			case AppraisePackage.ANALYSIS__CONTROL_NAME:
				return getControlName();
			case AppraisePackage.ANALYSIS__EXCLUSIONS:
				return getExclusions();
			case AppraisePackage.ANALYSIS__COMPARISONS:
				return getComparisons();
			case AppraisePackage.ANALYSIS__SUBGROUPS:
				return getSubgroups();
			case AppraisePackage.ANALYSIS__RISK_OF_BIAS_TOOL:
				return getRiskOfBiasTool();
			case AppraisePackage.ANALYSIS__I2_RULE:
				return getI2Rule();
			case AppraisePackage.ANALYSIS__LOWER_FAVOURS:
				return getLowerFavours();
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
			case AppraisePackage.ANALYSIS__NAME:
				setName((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__OUTCOME:
				setOutcome((OutcomeDefinition)newValue);
				return;
			case AppraisePackage.ANALYSIS__CRITERIA:
				setCriteria((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__POPULATION:
				setPopulation((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__TIMEPOINT:
				setTimepoint((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__MEASURE:
				setMeasure((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__METHOD:
				setMethod((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__KNHA:
				setKnha((Boolean)newValue);
				return;
			case AppraisePackage.ANALYSIS__ZERO_CELLS:
				setZeroCells((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__EXPERIMENTAL_NAME:
				setExperimentalName((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__CONTROL_NAME:
				setControlName((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__EXCLUSIONS:
				getExclusions().clear();
				getExclusions().addAll((Collection<? extends AnalysisExclusion>)newValue);
				return;
			case AppraisePackage.ANALYSIS__COMPARISONS:
				getComparisons().clear();
				getComparisons().addAll((Collection<? extends AnalysisComparison>)newValue);
				return;
			case AppraisePackage.ANALYSIS__SUBGROUPS:
				setSubgroups((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__RISK_OF_BIAS_TOOL:
				setRiskOfBiasTool((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__I2_RULE:
				setI2Rule((String)newValue);
				return;
			case AppraisePackage.ANALYSIS__LOWER_FAVOURS:
				setLowerFavours((String)newValue);
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
			case AppraisePackage.ANALYSIS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__OUTCOME:
				setOutcome((OutcomeDefinition)null);
				return;
			case AppraisePackage.ANALYSIS__CRITERIA:
				setCriteria(CRITERIA_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__TIMEPOINT:
				setTimepoint(TIMEPOINT_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__KNHA:
				setKnha(KNHA_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__ZERO_CELLS:
				setZeroCells(ZERO_CELLS_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__EXPERIMENTAL_NAME:
				setExperimentalName(EXPERIMENTAL_NAME_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__CONTROL_NAME:
				setControlName(CONTROL_NAME_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__EXCLUSIONS:
				getExclusions().clear();
				return;
			case AppraisePackage.ANALYSIS__COMPARISONS:
				getComparisons().clear();
				return;
			case AppraisePackage.ANALYSIS__SUBGROUPS:
				setSubgroups(SUBGROUPS_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__RISK_OF_BIAS_TOOL:
				setRiskOfBiasTool(RISK_OF_BIAS_TOOL_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__I2_RULE:
				setI2Rule(I2_RULE_EDEFAULT);
				return;
			case AppraisePackage.ANALYSIS__LOWER_FAVOURS:
				setLowerFavours(LOWER_FAVOURS_EDEFAULT);
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
			case AppraisePackage.ANALYSIS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AppraisePackage.ANALYSIS__OUTCOME:
				return outcome != null;
			case AppraisePackage.ANALYSIS__CRITERIA:
				return CRITERIA_EDEFAULT == null ? criteria != null : !CRITERIA_EDEFAULT.equals(criteria);
			case AppraisePackage.ANALYSIS__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case AppraisePackage.ANALYSIS__TIMEPOINT:
				return TIMEPOINT_EDEFAULT == null ? timepoint != null : !TIMEPOINT_EDEFAULT.equals(timepoint);
			case AppraisePackage.ANALYSIS__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case AppraisePackage.ANALYSIS__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case AppraisePackage.ANALYSIS__KNHA:
				return knha != KNHA_EDEFAULT;
			case AppraisePackage.ANALYSIS__ZERO_CELLS:
				return ZERO_CELLS_EDEFAULT == null ? zeroCells != null : !ZERO_CELLS_EDEFAULT.equals(zeroCells);
			case AppraisePackage.ANALYSIS__EXPERIMENTAL_NAME:
				return EXPERIMENTAL_NAME_EDEFAULT == null ? experimentalName != null : !EXPERIMENTAL_NAME_EDEFAULT.equals(experimentalName);
			case AppraisePackage.ANALYSIS__CONTROL_NAME:
				return CONTROL_NAME_EDEFAULT == null ? controlName != null : !CONTROL_NAME_EDEFAULT.equals(controlName);
			case AppraisePackage.ANALYSIS__EXCLUSIONS:
				return exclusions != null && !exclusions.isEmpty();
			case AppraisePackage.ANALYSIS__COMPARISONS:
				return comparisons != null && !comparisons.isEmpty();
			case AppraisePackage.ANALYSIS__SUBGROUPS:
				return SUBGROUPS_EDEFAULT == null ? subgroups != null : !SUBGROUPS_EDEFAULT.equals(subgroups);
			case AppraisePackage.ANALYSIS__RISK_OF_BIAS_TOOL:
				return RISK_OF_BIAS_TOOL_EDEFAULT == null ? riskOfBiasTool != null : !RISK_OF_BIAS_TOOL_EDEFAULT.equals(riskOfBiasTool);
			case AppraisePackage.ANALYSIS__I2_RULE:
				return I2_RULE_EDEFAULT == null ? i2Rule != null : !I2_RULE_EDEFAULT.equals(i2Rule);
			case AppraisePackage.ANALYSIS__LOWER_FAVOURS:
				return LOWER_FAVOURS_EDEFAULT == null ? lowerFavours != null : !LOWER_FAVOURS_EDEFAULT.equals(lowerFavours);
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
		result.append(", criteria: ");
		result.append(criteria);
		result.append(", population: ");
		result.append(population);
		result.append(", timepoint: ");
		result.append(timepoint);
		result.append(", measure: ");
		result.append(measure);
		result.append(", method: ");
		result.append(method);
		result.append(", knha: ");
		result.append(knha);
		result.append(", zeroCells: ");
		result.append(zeroCells);
		result.append(", experimentalName: ");
		result.append(experimentalName);
		result.append(", controlName: ");
		result.append(controlName);
		result.append(", subgroups: ");
		result.append(subgroups);
		result.append(", riskOfBiasTool: ");
		result.append(riskOfBiasTool);
		result.append(", i2Rule: ");
		result.append(i2Rule);
		result.append(", lowerFavours: ");
		result.append(lowerFavours);
		result.append(')');
		return result.toString();
	}

} //AnalysisImpl
