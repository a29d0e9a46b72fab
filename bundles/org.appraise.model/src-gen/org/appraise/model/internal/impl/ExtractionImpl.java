/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.Annotation;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Arm;
import org.appraise.model.Characteristic;
import org.appraise.model.ConsensusDecision;
import org.appraise.model.Extraction;
import org.appraise.model.ExtractionStatus;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.PicoElement;
import org.appraise.model.Reviewer;
import org.appraise.model.RiskOfBiasAssessment;
import org.appraise.model.StudyDesign;

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
 * An implementation of the model object '<em><b>Extraction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getDesignSources <em>Design Sources</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getPico <em>Pico</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getArms <em>Arms</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ExtractionImpl#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtractionImpl extends IdentifiedImpl implements Extraction {
	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Reviewer reviewer;

	/**
	 * The default value of the '{@link #isConsensus() <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsensus()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENSUS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsensus() <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsensus()
	 * @generated
	 * @ordered
	 */
	protected boolean consensus = CONSENSUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ExtractionStatus STATUS_EDEFAULT = ExtractionStatus.IN_PROGRESS;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ExtractionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected static final StudyDesign DESIGN_EDEFAULT = StudyDesign.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected StudyDesign design = DESIGN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDesignSources() <em>Design Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> designSources;

	/**
	 * The cached value of the '{@link #getCharacteristics() <em>Characteristics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacteristics()
	 * @generated
	 * @ordered
	 */
	protected EList<Characteristic> characteristics;

	/**
	 * The cached value of the '{@link #getPico() <em>Pico</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPico()
	 * @generated
	 * @ordered
	 */
	protected EList<PicoElement> pico;

	/**
	 * The cached value of the '{@link #getArms() <em>Arms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArms()
	 * @generated
	 * @ordered
	 */
	protected EList<Arm> arms;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<OutcomeMeasurement> measurements;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskOfBiasAssessment> assessments;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

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
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<ConsensusDecision> decisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtractionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.EXTRACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reviewer getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Reviewer)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.EXTRACTION__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Reviewer basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Reviewer newReviewer) {
		Reviewer oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.EXTRACTION__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsensus() {
		return consensus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsensus(boolean newConsensus) {
		boolean oldConsensus = consensus;
		consensus = newConsensus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.EXTRACTION__CONSENSUS, oldConsensus, consensus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtractionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ExtractionStatus newStatus) {
		ExtractionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.EXTRACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyDesign getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesign(StudyDesign newDesign) {
		StudyDesign oldDesign = design;
		design = newDesign == null ? DESIGN_EDEFAULT : newDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.EXTRACTION__DESIGN, oldDesign, design));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getDesignSources() {
		if (designSources == null) {
			designSources = new EObjectResolvingEList<Annotation>(Annotation.class, this, AppraisePackage.EXTRACTION__DESIGN_SOURCES);
		}
		return designSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Characteristic> getCharacteristics() {
		if (characteristics == null) {
			characteristics = new EObjectContainmentEList<Characteristic>(Characteristic.class, this, AppraisePackage.EXTRACTION__CHARACTERISTICS);
		}
		return characteristics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PicoElement> getPico() {
		if (pico == null) {
			pico = new EObjectContainmentEList<PicoElement>(PicoElement.class, this, AppraisePackage.EXTRACTION__PICO);
		}
		return pico;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Arm> getArms() {
		if (arms == null) {
			arms = new EObjectContainmentEList<Arm>(Arm.class, this, AppraisePackage.EXTRACTION__ARMS);
		}
		return arms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutcomeMeasurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<OutcomeMeasurement>(OutcomeMeasurement.class, this, AppraisePackage.EXTRACTION__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskOfBiasAssessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<RiskOfBiasAssessment>(RiskOfBiasAssessment.class, this, AppraisePackage.EXTRACTION__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, AppraisePackage.EXTRACTION__ANNOTATIONS);
		}
		return annotations;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.EXTRACTION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConsensusDecision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<ConsensusDecision>(ConsensusDecision.class, this, AppraisePackage.EXTRACTION__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.EXTRACTION__CHARACTERISTICS:
				return ((InternalEList<?>)getCharacteristics()).basicRemove(otherEnd, msgs);
			case AppraisePackage.EXTRACTION__PICO:
				return ((InternalEList<?>)getPico()).basicRemove(otherEnd, msgs);
			case AppraisePackage.EXTRACTION__ARMS:
				return ((InternalEList<?>)getArms()).basicRemove(otherEnd, msgs);
			case AppraisePackage.EXTRACTION__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
			case AppraisePackage.EXTRACTION__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case AppraisePackage.EXTRACTION__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case AppraisePackage.EXTRACTION__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.EXTRACTION__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case AppraisePackage.EXTRACTION__CONSENSUS:
				return isConsensus();
			case AppraisePackage.EXTRACTION__STATUS:
				return getStatus();
			case AppraisePackage.EXTRACTION__DESIGN:
				return getDesign();
			case AppraisePackage.EXTRACTION__DESIGN_SOURCES:
				return getDesignSources();
			case AppraisePackage.EXTRACTION__CHARACTERISTICS:
				return getCharacteristics();
			case AppraisePackage.EXTRACTION__PICO:
				return getPico();
			case AppraisePackage.EXTRACTION__ARMS:
				return getArms();
			case AppraisePackage.EXTRACTION__MEASUREMENTS:
				return getMeasurements();
			case AppraisePackage.EXTRACTION__ASSESSMENTS:
				return getAssessments();
			case AppraisePackage.EXTRACTION__ANNOTATIONS:
				return getAnnotations();
			case AppraisePackage.EXTRACTION__NOTES:
				return getNotes();
			case AppraisePackage.EXTRACTION__DECISIONS:
				return getDecisions();
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
			case AppraisePackage.EXTRACTION__REVIEWER:
				setReviewer((Reviewer)newValue);
				return;
			case AppraisePackage.EXTRACTION__CONSENSUS:
				setConsensus((Boolean)newValue);
				return;
			case AppraisePackage.EXTRACTION__STATUS:
				setStatus((ExtractionStatus)newValue);
				return;
			case AppraisePackage.EXTRACTION__DESIGN:
				setDesign((StudyDesign)newValue);
				return;
			case AppraisePackage.EXTRACTION__DESIGN_SOURCES:
				getDesignSources().clear();
				getDesignSources().addAll((Collection<? extends Annotation>)newValue);
				return;
			case AppraisePackage.EXTRACTION__CHARACTERISTICS:
				getCharacteristics().clear();
				getCharacteristics().addAll((Collection<? extends Characteristic>)newValue);
				return;
			case AppraisePackage.EXTRACTION__PICO:
				getPico().clear();
				getPico().addAll((Collection<? extends PicoElement>)newValue);
				return;
			case AppraisePackage.EXTRACTION__ARMS:
				getArms().clear();
				getArms().addAll((Collection<? extends Arm>)newValue);
				return;
			case AppraisePackage.EXTRACTION__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends OutcomeMeasurement>)newValue);
				return;
			case AppraisePackage.EXTRACTION__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends RiskOfBiasAssessment>)newValue);
				return;
			case AppraisePackage.EXTRACTION__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case AppraisePackage.EXTRACTION__NOTES:
				setNotes((String)newValue);
				return;
			case AppraisePackage.EXTRACTION__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends ConsensusDecision>)newValue);
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
			case AppraisePackage.EXTRACTION__REVIEWER:
				setReviewer((Reviewer)null);
				return;
			case AppraisePackage.EXTRACTION__CONSENSUS:
				setConsensus(CONSENSUS_EDEFAULT);
				return;
			case AppraisePackage.EXTRACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case AppraisePackage.EXTRACTION__DESIGN:
				setDesign(DESIGN_EDEFAULT);
				return;
			case AppraisePackage.EXTRACTION__DESIGN_SOURCES:
				getDesignSources().clear();
				return;
			case AppraisePackage.EXTRACTION__CHARACTERISTICS:
				getCharacteristics().clear();
				return;
			case AppraisePackage.EXTRACTION__PICO:
				getPico().clear();
				return;
			case AppraisePackage.EXTRACTION__ARMS:
				getArms().clear();
				return;
			case AppraisePackage.EXTRACTION__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case AppraisePackage.EXTRACTION__ASSESSMENTS:
				getAssessments().clear();
				return;
			case AppraisePackage.EXTRACTION__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case AppraisePackage.EXTRACTION__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case AppraisePackage.EXTRACTION__DECISIONS:
				getDecisions().clear();
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
			case AppraisePackage.EXTRACTION__REVIEWER:
				return reviewer != null;
			case AppraisePackage.EXTRACTION__CONSENSUS:
				return consensus != CONSENSUS_EDEFAULT;
			case AppraisePackage.EXTRACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case AppraisePackage.EXTRACTION__DESIGN:
				return design != DESIGN_EDEFAULT;
			case AppraisePackage.EXTRACTION__DESIGN_SOURCES:
				return designSources != null && !designSources.isEmpty();
			case AppraisePackage.EXTRACTION__CHARACTERISTICS:
				return characteristics != null && !characteristics.isEmpty();
			case AppraisePackage.EXTRACTION__PICO:
				return pico != null && !pico.isEmpty();
			case AppraisePackage.EXTRACTION__ARMS:
				return arms != null && !arms.isEmpty();
			case AppraisePackage.EXTRACTION__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case AppraisePackage.EXTRACTION__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case AppraisePackage.EXTRACTION__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case AppraisePackage.EXTRACTION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case AppraisePackage.EXTRACTION__DECISIONS:
				return decisions != null && !decisions.isEmpty();
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
		result.append(" (consensus: ");
		result.append(consensus);
		result.append(", status: ");
		result.append(status);
		result.append(", design: ");
		result.append(design);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ExtractionImpl
