/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import org.appraise.model.AppraisePackage;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reviewer;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Batch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ImportBatchImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ImportBatchImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ImportBatchImpl#getSourceDatabase <em>Source Database</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ImportBatchImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ImportBatchImpl#getImportedBy <em>Imported By</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ImportBatchImpl#getRecordCount <em>Record Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportBatchImpl extends IdentifiedImpl implements ImportBatch {
	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

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
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected String importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImportedBy() <em>Imported By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedBy()
	 * @generated
	 * @ordered
	 */
	protected Reviewer importedBy;

	/**
	 * The default value of the '{@link #getRecordCount() <em>Record Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordCount()
	 * @generated
	 * @ordered
	 */
	protected static final int RECORD_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRecordCount() <em>Record Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordCount()
	 * @generated
	 * @ordered
	 */
	protected int recordCount = RECORD_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportBatchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.IMPORT_BATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.IMPORT_BATCH__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.IMPORT_BATCH__FORMAT, oldFormat, format));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.IMPORT_BATCH__SOURCE_DATABASE, oldSourceDatabase, sourceDatabase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(String newImportedAt) {
		String oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.IMPORT_BATCH__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reviewer getImportedBy() {
		if (importedBy != null && importedBy.eIsProxy()) {
			InternalEObject oldImportedBy = (InternalEObject)importedBy;
			importedBy = (Reviewer)eResolveProxy(oldImportedBy);
			if (importedBy != oldImportedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AppraisePackage.IMPORT_BATCH__IMPORTED_BY, oldImportedBy, importedBy));
			}
		}
		return importedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Reviewer basicGetImportedBy() {
		return importedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedBy(Reviewer newImportedBy) {
		Reviewer oldImportedBy = importedBy;
		importedBy = newImportedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.IMPORT_BATCH__IMPORTED_BY, oldImportedBy, importedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecordCount() {
		return recordCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordCount(int newRecordCount) {
		int oldRecordCount = recordCount;
		recordCount = newRecordCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.IMPORT_BATCH__RECORD_COUNT, oldRecordCount, recordCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppraisePackage.IMPORT_BATCH__FILE:
				return getFile();
			case AppraisePackage.IMPORT_BATCH__FORMAT:
				return getFormat();
			case AppraisePackage.IMPORT_BATCH__SOURCE_DATABASE:
				return getSourceDatabase();
			case AppraisePackage.IMPORT_BATCH__IMPORTED_AT:
				return getImportedAt();
			case AppraisePackage.IMPORT_BATCH__IMPORTED_BY:
				if (resolve) return getImportedBy();
				return basicGetImportedBy();
			case AppraisePackage.IMPORT_BATCH__RECORD_COUNT:
				return getRecordCount();
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
			case AppraisePackage.IMPORT_BATCH__FILE:
				setFile((String)newValue);
				return;
			case AppraisePackage.IMPORT_BATCH__FORMAT:
				setFormat((String)newValue);
				return;
			case AppraisePackage.IMPORT_BATCH__SOURCE_DATABASE:
				setSourceDatabase((String)newValue);
				return;
			case AppraisePackage.IMPORT_BATCH__IMPORTED_AT:
				setImportedAt((String)newValue);
				return;
			case AppraisePackage.IMPORT_BATCH__IMPORTED_BY:
				setImportedBy((Reviewer)newValue);
				return;
			case AppraisePackage.IMPORT_BATCH__RECORD_COUNT:
				setRecordCount((Integer)newValue);
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
			case AppraisePackage.IMPORT_BATCH__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case AppraisePackage.IMPORT_BATCH__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case AppraisePackage.IMPORT_BATCH__SOURCE_DATABASE:
				setSourceDatabase(SOURCE_DATABASE_EDEFAULT);
				return;
			case AppraisePackage.IMPORT_BATCH__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case AppraisePackage.IMPORT_BATCH__IMPORTED_BY:
				setImportedBy((Reviewer)null);
				return;
			case AppraisePackage.IMPORT_BATCH__RECORD_COUNT:
				setRecordCount(RECORD_COUNT_EDEFAULT);
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
			case AppraisePackage.IMPORT_BATCH__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case AppraisePackage.IMPORT_BATCH__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case AppraisePackage.IMPORT_BATCH__SOURCE_DATABASE:
				return SOURCE_DATABASE_EDEFAULT == null ? sourceDatabase != null : !SOURCE_DATABASE_EDEFAULT.equals(sourceDatabase);
			case AppraisePackage.IMPORT_BATCH__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case AppraisePackage.IMPORT_BATCH__IMPORTED_BY:
				return importedBy != null;
			case AppraisePackage.IMPORT_BATCH__RECORD_COUNT:
				return recordCount != RECORD_COUNT_EDEFAULT;
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
		result.append(" (file: ");
		result.append(file);
		result.append(", format: ");
		result.append(format);
		result.append(", sourceDatabase: ");
		result.append(sourceDatabase);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(", recordCount: ");
		result.append(recordCount);
		result.append(')');
		return result.toString();
	}

} //ImportBatchImpl
