/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.AppraisePackage;
import org.appraise.model.DomainJudgement;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.SignallingAnswer;

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
 * An implementation of the model object '<em><b>Risk Of Bias Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getTool <em>Tool</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getToolVersion <em>Tool Version</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getMeasurement <em>Measurement</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getProposedOverall <em>Proposed Overall</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getOverall <em>Overall</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getOverallRationale <em>Overall Rationale</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.RiskOfBiasAssessmentImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskOfBiasAssessmentImpl extends IdentifiedImpl implements RiskOfBiasAssessment {
	/**
	 * The default value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected static final String TOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTool() <em>Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTool()
	 * @generated
	 * @ordered
	 */
	protected String tool = TOOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getToolVersion() <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String TOOL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToolVersion() <em>Tool Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToolVersion()
	 * @generated
	 * @ordered
	 */
	protected String toolVersion = TOOL_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurement() <em>Measurement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurement()
	 * @generated
	 * @ordered
	 */
	protected OutcomeMeasurement measurement;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<SignallingAnswer> answers;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<DomainJudgement> domains;

	/**
	 * The default value of the '{@link #getProposedOverall() <em>Proposed Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedOverall()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPOSED_OVERALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposedOverall() <em>Proposed Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedOverall()
	 * @generated
	 * @ordered
	 */
	protected String proposedOverall = PROPOSED_OVERALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverall() <em>Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverall()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverall() <em>Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverall()
	 * @generated
	 * @ordered
	 */
	protected String overall = OVERALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverallRationale() <em>Overall Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERALL_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverallRationale() <em>Overall Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallRationale()
	 * @generated
	 * @ordered
	 */
	protected String overallRationale = OVERALL_RATIONALE_EDEFAULT;

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
	protected RiskOfBiasAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTool() {
		return tool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTool(String newTool) {
		String oldTool = tool;
		tool = newTool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL, oldTool, tool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToolVersion() {
		return toolVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToolVersion(String newToolVersion) {
		String oldToolVersion = toolVersion;
		toolVersion = newToolVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION, oldToolVersion, toolVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeMeasurement getMeasurement() {
		if (measurement != null && measurement.eIsProxy()) {
			InternalEObject oldMeasurement = (InternalEObject)measurement;
			measurement = (OutcomeMeasurement)eResolveProxy(oldMeasurement);
			if (measurement != oldMeasurement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__MEASUREMENT, oldMeasurement, measurement));
			}
		}
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutcomeMeasurement basicGetMeasurement() {
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasurement(OutcomeMeasurement newMeasurement) {
		OutcomeMeasurement oldMeasurement = measurement;
		measurement = newMeasurement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__MEASUREMENT, oldMeasurement, measurement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignallingAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<SignallingAnswer>(SignallingAnswer.class, this, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DomainJudgement> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<DomainJudgement>(DomainJudgement.class, this, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProposedOverall() {
		return proposedOverall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposedOverall(String newProposedOverall) {
		String oldProposedOverall = proposedOverall;
		proposedOverall = newProposedOverall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL, oldProposedOverall, proposedOverall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverall() {
		return overall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverall(String newOverall) {
		String oldOverall = overall;
		overall = newOverall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL, oldOverall, overall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverallRationale() {
		return overallRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverallRationale(String newOverallRationale) {
		String oldOverallRationale = overallRationale;
		overallRationale = newOverallRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE, oldOverallRationale, overallRationale));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.RISK_OF_BIAS_ASSESSMENT__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL:
				return getTool();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION:
				return getToolVersion();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__MEASUREMENT:
				if (resolve) return getMeasurement();
				return basicGetMeasurement();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__ANSWERS:
				return getAnswers();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__DOMAINS:
				return getDomains();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL:
				return getProposedOverall();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL:
				return getOverall();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE:
				return getOverallRationale();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__NOTES:
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
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL:
				setTool((String)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION:
				setToolVersion((String)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__MEASUREMENT:
				setMeasurement((OutcomeMeasurement)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends SignallingAnswer>)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends DomainJudgement>)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL:
				setProposedOverall((String)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL:
				setOverall((String)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE:
				setOverallRationale((String)newValue);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__NOTES:
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
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL:
				setTool(TOOL_EDEFAULT);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION:
				setToolVersion(TOOL_VERSION_EDEFAULT);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__MEASUREMENT:
				setMeasurement((OutcomeMeasurement)null);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__ANSWERS:
				getAnswers().clear();
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__DOMAINS:
				getDomains().clear();
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL:
				setProposedOverall(PROPOSED_OVERALL_EDEFAULT);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL:
				setOverall(OVERALL_EDEFAULT);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE:
				setOverallRationale(OVERALL_RATIONALE_EDEFAULT);
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__NOTES:
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
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL:
				return TOOL_EDEFAULT == null ? tool != null : !TOOL_EDEFAULT.equals(tool);
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION:
				return TOOL_VERSION_EDEFAULT == null ? toolVersion != null : !TOOL_VERSION_EDEFAULT.equals(toolVersion);
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__MEASUREMENT:
				return measurement != null;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__DOMAINS:
				return domains != null && !domains.isEmpty();
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL:
				return PROPOSED_OVERALL_EDEFAULT == null ? proposedOverall != null : !PROPOSED_OVERALL_EDEFAULT.equals(proposedOverall);
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL:
				return OVERALL_EDEFAULT == null ? overall != null : !OVERALL_EDEFAULT.equals(overall);
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE:
				return OVERALL_RATIONALE_EDEFAULT == null ? overallRationale != null : !OVERALL_RATIONALE_EDEFAULT.equals(overallRationale);
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__NOTES:
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
		result.append(" (tool: ");
		result.append(tool);
		result.append(", toolVersion: ");
		result.append(toolVersion);
		result.append(", proposedOverall: ");
		result.append(proposedOverall);
		result.append(", overall: ");
		result.append(overall);
		result.append(", overallRationale: ");
		result.append(overallRationale);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //RiskOfBiasAssessmentImpl
