/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import java.util.Collection;

import org.appraise.model.AppraisePackage;
import org.appraise.model.ImportBatch;
import org.appraise.model.RecordField;
import org.appraise.model.Reference;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getJournal <em>Journal</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getPages <em>Pages</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getDoi <em>Doi</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getPmid <em>Pmid</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getAbstract <em>Abstract</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getSourceDatabase <em>Source Database</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getBatch <em>Batch</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getDuplicateOf <em>Duplicate Of</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getRemovedBeforeScreening <em>Removed Before Screening</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#isRemovedByAutomation <em>Removed By Automation</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReferenceImpl#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferenceImpl extends IdentifiedImpl implements Reference {
	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> authors;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJournal() <em>Journal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJournal()
	 * @generated
	 * @ordered
	 */
	protected static final String JOURNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJournal() <em>Journal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJournal()
	 * @generated
	 * @ordered
	 */
	protected String journal = JOURNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected String volume = VOLUME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssue() <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssue() <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected String issue = ISSUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected static final String PAGES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected String pages = PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected static final String DOI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected String doi = DOI_EDEFAULT;

	/**
	 * The default value of the '{@link #getPmid() <em>Pmid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmid()
	 * @generated
	 * @ordered
	 */
	protected static final String PMID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPmid() <em>Pmid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmid()
	 * @generated
	 * @ordered
	 */
	protected String pmid = PMID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAbstract() <em>Abstract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbstract()
	 * @generated
	 * @ordered
	 */
	protected static final String ABSTRACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAbstract() <em>Abstract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbstract()
	 * @generated
	 * @ordered
	 */
	protected String abstract_ = ABSTRACT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keywords;

	/**
	 * The default value of the '{@link #getSourceDatabase() <em>Source Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDatabase()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_DATABASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceDatabase() <em>Source Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDatabase()
	 * @generated
	 * @ordered
	 */
	protected String sourceDatabase = SOURCE_DATABASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBatch() <em>Batch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatch()
	 * @generated
	 * @ordered
	 */
	protected ImportBatch batch;

	/**
	 * The cached value of the '{@link #getDuplicateOf() <em>Duplicate Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuplicateOf()
	 * @generated
	 * @ordered
	 */
	protected Reference duplicateOf;

	/**
	 * The default value of the '{@link #getRemovedBeforeScreening() <em>Removed Before Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemovedBeforeScreening()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOVED_BEFORE_SCREENING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemovedBeforeScreening() <em>Removed Before Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemovedBeforeScreening()
	 * @generated
	 * @ordered
	 */
	protected String removedBeforeScreening = REMOVED_BEFORE_SCREENING_EDEFAULT;

	/**
	 * The default value of the '{@link #isRemovedByAutomation() <em>Removed By Automation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemovedByAutomation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REMOVED_BY_AUTOMATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRemovedByAutomation() <em>Removed By Automation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemovedByAutomation()
	 * @generated
	 * @ordered
	 */
	protected boolean removedByAutomation = REMOVED_BY_AUTOMATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFields() <em>Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFields()
	 * @generated
	 * @ordered
	 */
	protected EList<RecordField> fields;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAuthors() {
		if (authors == null) {
			authors = new EDataTypeEList<String>(String.class, this, AppraisePackage.REFERENCE__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJournal() {
		return journal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJournal(String newJournal) {
		String oldJournal = journal;
		journal = newJournal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__JOURNAL, oldJournal, journal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(String newVolume) {
		String oldVolume = volume;
		volume = newVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__VOLUME, oldVolume, volume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssue() {
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssue(String newIssue) {
		String oldIssue = issue;
		issue = newIssue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__ISSUE, oldIssue, issue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPages() {
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPages(String newPages) {
		String oldPages = pages;
		pages = newPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__PAGES, oldPages, pages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoi() {
		return doi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoi(String newDoi) {
		String oldDoi = doi;
		doi = newDoi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__DOI, oldDoi, doi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPmid() {
		return pmid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPmid(String newPmid) {
		String oldPmid = pmid;
		pmid = newPmid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__PMID, oldPmid, pmid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAbstract() {
		return abstract_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbstract(String newAbstract) {
		String oldAbstract = abstract_;
		abstract_ = newAbstract;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__ABSTRACT, oldAbstract, abstract_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeywords() {
		if (keywords == null) {
			keywords = new EDataTypeUniqueEList<String>(String.class, this, AppraisePackage.REFERENCE__KEYWORDS);
		}
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceDatabase() {
		return sourceDatabase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceDatabase(String newSourceDatabase) {
		String oldSourceDatabase = sourceDatabase;
		sourceDatabase = newSourceDatabase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__SOURCE_DATABASE, oldSourceDatabase, sourceDatabase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportBatch getBatch() {
		if (batch != null && batch.eIsProxy()) {
			InternalEObject oldBatch = (InternalEObject)batch;
			batch = (ImportBatch)eResolveProxy(oldBatch);
			if (batch != oldBatch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.REFERENCE__BATCH, oldBatch, batch));
			}
		}
		return batch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImportBatch basicGetBatch() {
		return batch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatch(ImportBatch newBatch) {
		ImportBatch oldBatch = batch;
		batch = newBatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__BATCH, oldBatch, batch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reference getDuplicateOf() {
		if (duplicateOf != null && duplicateOf.eIsProxy()) {
			InternalEObject oldDuplicateOf = (InternalEObject)duplicateOf;
			duplicateOf = (Reference)eResolveProxy(oldDuplicateOf);
			if (duplicateOf != oldDuplicateOf) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.REFERENCE__DUPLICATE_OF, oldDuplicateOf, duplicateOf));
			}
		}
		return duplicateOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Reference basicGetDuplicateOf() {
		return duplicateOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuplicateOf(Reference newDuplicateOf) {
		Reference oldDuplicateOf = duplicateOf;
		duplicateOf = newDuplicateOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__DUPLICATE_OF, oldDuplicateOf, duplicateOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemovedBeforeScreening() {
		return removedBeforeScreening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemovedBeforeScreening(String newRemovedBeforeScreening) {
		String oldRemovedBeforeScreening = removedBeforeScreening;
		removedBeforeScreening = newRemovedBeforeScreening;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__REMOVED_BEFORE_SCREENING, oldRemovedBeforeScreening, removedBeforeScreening));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRemovedByAutomation() {
		return removedByAutomation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemovedByAutomation(boolean newRemovedByAutomation) {
		boolean oldRemovedByAutomation = removedByAutomation;
		removedByAutomation = newRemovedByAutomation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REFERENCE__REMOVED_BY_AUTOMATION, oldRemovedByAutomation, removedByAutomation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecordField> getFields() {
		if (fields == null) {
			fields = new EObjectContainmentEList<RecordField>(RecordField.class, this, AppraisePackage.REFERENCE__FIELDS);
		}
		return fields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppraisePackage.REFERENCE__FIELDS:
				return ((InternalEList<?>)getFields()).basicRemove(otherEnd, msgs);
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
			case AppraisePackage.REFERENCE__AUTHORS:
				return getAuthors();
			case AppraisePackage.REFERENCE__TITLE:
				return getTitle();
			case AppraisePackage.REFERENCE__JOURNAL:
				return getJournal();
			case AppraisePackage.REFERENCE__YEAR:
				return getYear();
			case AppraisePackage.REFERENCE__VOLUME:
				return getVolume();
			case AppraisePackage.REFERENCE__ISSUE:
				return getIssue();
			case AppraisePackage.REFERENCE__PAGES:
				return getPages();
			case AppraisePackage.REFERENCE__DOI:
				return getDoi();
			case AppraisePackage.REFERENCE__PMID:
				return getPmid();
			case AppraisePackage.REFERENCE__ABSTRACT:
				return getAbstract();
			case AppraisePackage.REFERENCE__KEYWORDS:
				return getKeywords();
			case AppraisePackage.REFERENCE__SOURCE_DATABASE:
				return getSourceDatabase();
			case AppraisePackage.REFERENCE__BATCH:
				if (resolve) return getBatch();
				return basicGetBatch();
			case AppraisePackage.REFERENCE__DUPLICATE_OF:
				if (resolve) return getDuplicateOf();
				return basicGetDuplicateOf();
			case AppraisePackage.REFERENCE__REMOVED_BEFORE_SCREENING:
				return getRemovedBeforeScreening();
			case AppraisePackage.REFERENCE__REMOVED_BY_AUTOMATION:
				return isRemovedByAutomation();
			case AppraisePackage.REFERENCE__FIELDS:
				return getFields();
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
			case AppraisePackage.REFERENCE__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends String>)newValue);
				return;
			case AppraisePackage.REFERENCE__TITLE:
				setTitle((String)newValue);
				return;
			case AppraisePackage.REFERENCE__JOURNAL:
				setJournal((String)newValue);
				return;
			case AppraisePackage.REFERENCE__YEAR:
				setYear((Integer)newValue);
				return;
			case AppraisePackage.REFERENCE__VOLUME:
				setVolume((String)newValue);
				return;
			case AppraisePackage.REFERENCE__ISSUE:
				setIssue((String)newValue);
				return;
			case AppraisePackage.REFERENCE__PAGES:
				setPages((String)newValue);
				return;
			case AppraisePackage.REFERENCE__DOI:
				setDoi((String)newValue);
				return;
			case AppraisePackage.REFERENCE__PMID:
				setPmid((String)newValue);
				return;
			case AppraisePackage.REFERENCE__ABSTRACT:
				setAbstract((String)newValue);
				return;
			case AppraisePackage.REFERENCE__KEYWORDS:
				getKeywords().clear();
				getKeywords().addAll((Collection<? extends String>)newValue);
				return;
			case AppraisePackage.REFERENCE__SOURCE_DATABASE:
				setSourceDatabase((String)newValue);
				return;
			case AppraisePackage.REFERENCE__BATCH:
				setBatch((ImportBatch)newValue);
				return;
			case AppraisePackage.REFERENCE__DUPLICATE_OF:
				setDuplicateOf((Reference)newValue);
				return;
			case AppraisePackage.REFERENCE__REMOVED_BEFORE_SCREENING:
				setRemovedBeforeScreening((String)newValue);
				return;
			case AppraisePackage.REFERENCE__REMOVED_BY_AUTOMATION:
				setRemovedByAutomation((Boolean)newValue);
				return;
			case AppraisePackage.REFERENCE__FIELDS:
				getFields().clear();
				getFields().addAll((Collection<? extends RecordField>)newValue);
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
			case AppraisePackage.REFERENCE__AUTHORS:
				getAuthors().clear();
				return;
			case AppraisePackage.REFERENCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__JOURNAL:
				setJournal(JOURNAL_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__VOLUME:
				setVolume(VOLUME_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__ISSUE:
				setIssue(ISSUE_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__PAGES:
				setPages(PAGES_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__DOI:
				setDoi(DOI_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__PMID:
				setPmid(PMID_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__ABSTRACT:
				setAbstract(ABSTRACT_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__KEYWORDS:
				getKeywords().clear();
				return;
			case AppraisePackage.REFERENCE__SOURCE_DATABASE:
				setSourceDatabase(SOURCE_DATABASE_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__BATCH:
				setBatch((ImportBatch)null);
				return;
			case AppraisePackage.REFERENCE__DUPLICATE_OF:
				setDuplicateOf((Reference)null);
				return;
			case AppraisePackage.REFERENCE__REMOVED_BEFORE_SCREENING:
				setRemovedBeforeScreening(REMOVED_BEFORE_SCREENING_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__REMOVED_BY_AUTOMATION:
				setRemovedByAutomation(REMOVED_BY_AUTOMATION_EDEFAULT);
				return;
			case AppraisePackage.REFERENCE__FIELDS:
				getFields().clear();
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
			case AppraisePackage.REFERENCE__AUTHORS:
				return authors != null && !authors.isEmpty();
			case AppraisePackage.REFERENCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case AppraisePackage.REFERENCE__JOURNAL:
				return JOURNAL_EDEFAULT == null ? journal != null : !JOURNAL_EDEFAULT.equals(journal);
			case AppraisePackage.REFERENCE__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case AppraisePackage.REFERENCE__VOLUME:
				return VOLUME_EDEFAULT == null ? volume != null : !VOLUME_EDEFAULT.equals(volume);
			case AppraisePackage.REFERENCE__ISSUE:
				return ISSUE_EDEFAULT == null ? issue != null : !ISSUE_EDEFAULT.equals(issue);
			case AppraisePackage.REFERENCE__PAGES:
				return PAGES_EDEFAULT == null ? pages != null : !PAGES_EDEFAULT.equals(pages);
			case AppraisePackage.REFERENCE__DOI:
				return DOI_EDEFAULT == null ? doi != null : !DOI_EDEFAULT.equals(doi);
			case AppraisePackage.REFERENCE__PMID:
				return PMID_EDEFAULT == null ? pmid != null : !PMID_EDEFAULT.equals(pmid);
			case AppraisePackage.REFERENCE__ABSTRACT:
				return ABSTRACT_EDEFAULT == null ? abstract_ != null : !ABSTRACT_EDEFAULT.equals(abstract_);
			case AppraisePackage.REFERENCE__KEYWORDS:
				return keywords != null && !keywords.isEmpty();
			case AppraisePackage.REFERENCE__SOURCE_DATABASE:
				return SOURCE_DATABASE_EDEFAULT == null ? sourceDatabase != null : !SOURCE_DATABASE_EDEFAULT.equals(sourceDatabase);
			case AppraisePackage.REFERENCE__BATCH:
				return batch != null;
			case AppraisePackage.REFERENCE__DUPLICATE_OF:
				return duplicateOf != null;
			case AppraisePackage.REFERENCE__REMOVED_BEFORE_SCREENING:
				return REMOVED_BEFORE_SCREENING_EDEFAULT == null ? removedBeforeScreening != null : !REMOVED_BEFORE_SCREENING_EDEFAULT.equals(removedBeforeScreening);
			case AppraisePackage.REFERENCE__REMOVED_BY_AUTOMATION:
				return removedByAutomation != REMOVED_BY_AUTOMATION_EDEFAULT;
			case AppraisePackage.REFERENCE__FIELDS:
				return fields != null && !fields.isEmpty();
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
		result.append(" (authors: ");
		result.append(authors);
		result.append(", title: ");
		result.append(title);
		result.append(", journal: ");
		result.append(journal);
		result.append(", year: ");
		result.append(year);
		result.append(", volume: ");
		result.append(volume);
		result.append(", issue: ");
		result.append(issue);
		result.append(", pages: ");
		result.append(pages);
		result.append(", doi: ");
		result.append(doi);
		result.append(", pmid: ");
		result.append(pmid);
		result.append(", abstract: ");
		result.append(abstract_);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(", sourceDatabase: ");
		result.append(sourceDatabase);
		result.append(", removedBeforeScreening: ");
		result.append(removedBeforeScreening);
		result.append(", removedByAutomation: ");
		result.append(removedByAutomation);
		result.append(')');
		return result.toString();
	}

} //ReferenceImpl
