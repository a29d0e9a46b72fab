/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import Batch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One import of a search-result file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ImportBatch#getFile <em>File</em>}</li>
 *   <li>{@link org.appraise.model.ImportBatch#getFormat <em>Format</em>}</li>
 *   <li>{@link org.appraise.model.ImportBatch#getSourceDatabase <em>Source Database</em>}</li>
 *   <li>{@link org.appraise.model.ImportBatch#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.appraise.model.ImportBatch#getImportedBy <em>Imported By</em>}</li>
 *   <li>{@link org.appraise.model.ImportBatch#getRecordCount <em>Record Count</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getImportBatch()
 * @model
 * @generated
 */
public interface ImportBatch extends Identified {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.appraise.model.AppraisePackage#getImportBatch_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.appraise.model.ImportBatch#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.appraise.model.AppraisePackage#getImportBatch_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.appraise.model.ImportBatch#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Source Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Database</em>' attribute.
	 * @see #setSourceDatabase(String)
	 * @see org.appraise.model.AppraisePackage#getImportBatch_SourceDatabase()
	 * @model
	 * @generated
	 */
	String getSourceDatabase();

	/**
	 * Sets the value of the '{@link org.appraise.model.ImportBatch#getSourceDatabase <em>Source Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Database</em>' attribute.
	 * @see #getSourceDatabase()
	 * @generated
	 */
	void setSourceDatabase(String value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(String)
	 * @see org.appraise.model.AppraisePackage#getImportBatch_ImportedAt()
	 * @model
	 * @generated
	 */
	String getImportedAt();

	/**
	 * Sets the value of the '{@link org.appraise.model.ImportBatch#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(String value);

	/**
	 * Returns the value of the '<em><b>Imported By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported By</em>' reference.
	 * @see #setImportedBy(Reviewer)
	 * @see org.appraise.model.AppraisePackage#getImportBatch_ImportedBy()
	 * @model
	 * @generated
	 */
	Reviewer getImportedBy();

	/**
	 * Sets the value of the '{@link org.appraise.model.ImportBatch#getImportedBy <em>Imported By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported By</em>' reference.
	 * @see #getImportedBy()
	 * @generated
	 */
	void setImportedBy(Reviewer value);

	/**
	 * Returns the value of the '<em><b>Record Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record Count</em>' attribute.
	 * @see #setRecordCount(int)
	 * @see org.appraise.model.AppraisePackage#getImportBatch_RecordCount()
	 * @model
	 * @generated
	 */
	int getRecordCount();

	/**
	 * Sets the value of the '{@link org.appraise.model.ImportBatch#getRecordCount <em>Record Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Count</em>' attribute.
	 * @see #getRecordCount()
	 * @generated
	 */
	void setRecordCount(int value);

} // ImportBatch
