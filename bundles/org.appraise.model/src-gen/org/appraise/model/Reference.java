/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bibliographic record from a search.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Reference#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getTitle <em>Title</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getJournal <em>Journal</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getYear <em>Year</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getPages <em>Pages</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getDoi <em>Doi</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getPmid <em>Pmid</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getAbstract <em>Abstract</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getSourceDatabase <em>Source Database</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getBatch <em>Batch</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getDuplicateOf <em>Duplicate Of</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getRemovedBeforeScreening <em>Removed Before Screening</em>}</li>
 *   <li>{@link org.appraise.model.Reference#isRemovedByAutomation <em>Removed By Automation</em>}</li>
 *   <li>{@link org.appraise.model.Reference#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getReference()
 * @model
 * @generated
 */
public interface Reference extends Identified {
	/**
	 * Returns the value of the '<em><b>Authors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authors</em>' attribute list.
	 * @see org.appraise.model.AppraisePackage#getReference_Authors()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAuthors();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Journal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Journal</em>' attribute.
	 * @see #setJournal(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Journal()
	 * @model
	 * @generated
	 */
	String getJournal();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getJournal <em>Journal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Journal</em>' attribute.
	 * @see #getJournal()
	 * @generated
	 */
	void setJournal(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.appraise.model.AppraisePackage#getReference_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #setVolume(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Volume()
	 * @model
	 * @generated
	 */
	String getVolume();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' attribute.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(String value);

	/**
	 * Returns the value of the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issue</em>' attribute.
	 * @see #setIssue(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Issue()
	 * @model
	 * @generated
	 */
	String getIssue();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getIssue <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue</em>' attribute.
	 * @see #getIssue()
	 * @generated
	 */
	void setIssue(String value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute.
	 * @see #setPages(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Pages()
	 * @model
	 * @generated
	 */
	String getPages();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages</em>' attribute.
	 * @see #getPages()
	 * @generated
	 */
	void setPages(String value);

	/**
	 * Returns the value of the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doi</em>' attribute.
	 * @see #setDoi(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Doi()
	 * @model
	 * @generated
	 */
	String getDoi();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getDoi <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doi</em>' attribute.
	 * @see #getDoi()
	 * @generated
	 */
	void setDoi(String value);

	/**
	 * Returns the value of the '<em><b>Pmid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pmid</em>' attribute.
	 * @see #setPmid(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Pmid()
	 * @model
	 * @generated
	 */
	String getPmid();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getPmid <em>Pmid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pmid</em>' attribute.
	 * @see #getPmid()
	 * @generated
	 */
	void setPmid(String value);

	/**
	 * Returns the value of the '<em><b>Abstract</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Abstract</em>' attribute.
	 * @see #setAbstract(String)
	 * @see org.appraise.model.AppraisePackage#getReference_Abstract()
	 * @model
	 * @generated
	 */
	String getAbstract();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getAbstract <em>Abstract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abstract</em>' attribute.
	 * @see #getAbstract()
	 * @generated
	 */
	void setAbstract(String value);

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute list.
	 * @see org.appraise.model.AppraisePackage#getReference_Keywords()
	 * @model
	 * @generated
	 */
	EList<String> getKeywords();

	/**
	 * Returns the value of the '<em><b>Source Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Database</em>' attribute.
	 * @see #setSourceDatabase(String)
	 * @see org.appraise.model.AppraisePackage#getReference_SourceDatabase()
	 * @model
	 * @generated
	 */
	String getSourceDatabase();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getSourceDatabase <em>Source Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Database</em>' attribute.
	 * @see #getSourceDatabase()
	 * @generated
	 */
	void setSourceDatabase(String value);

	/**
	 * Returns the value of the '<em><b>Batch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch</em>' reference.
	 * @see #setBatch(ImportBatch)
	 * @see org.appraise.model.AppraisePackage#getReference_Batch()
	 * @model
	 * @generated
	 */
	ImportBatch getBatch();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getBatch <em>Batch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch</em>' reference.
	 * @see #getBatch()
	 * @generated
	 */
	void setBatch(ImportBatch value);

	/**
	 * Returns the value of the '<em><b>Duplicate Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duplicate Of</em>' reference.
	 * @see #setDuplicateOf(Reference)
	 * @see org.appraise.model.AppraisePackage#getReference_DuplicateOf()
	 * @model
	 * @generated
	 */
	Reference getDuplicateOf();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getDuplicateOf <em>Duplicate Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duplicate Of</em>' reference.
	 * @see #getDuplicateOf()
	 * @generated
	 */
	void setDuplicateOf(Reference value);

	/**
	 * Returns the value of the '<em><b>Removed Before Screening</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the record was removed before screening (PRISMA 2020: marked as ineligible by automation tools, or removed for other reasons), or null. It still counts as identified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Removed Before Screening</em>' attribute.
	 * @see #setRemovedBeforeScreening(String)
	 * @see org.appraise.model.AppraisePackage#getReference_RemovedBeforeScreening()
	 * @model
	 * @generated
	 */
	String getRemovedBeforeScreening();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#getRemovedBeforeScreening <em>Removed Before Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Removed Before Screening</em>' attribute.
	 * @see #getRemovedBeforeScreening()
	 * @generated
	 */
	void setRemovedBeforeScreening(String value);

	/**
	 * Returns the value of the '<em><b>Removed By Automation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when an automation tool marked the record ineligible (the removal's reason names the tool).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Removed By Automation</em>' attribute.
	 * @see #setRemovedByAutomation(boolean)
	 * @see org.appraise.model.AppraisePackage#getReference_RemovedByAutomation()
	 * @model
	 * @generated
	 */
	boolean isRemovedByAutomation();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reference#isRemovedByAutomation <em>Removed By Automation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Removed By Automation</em>' attribute.
	 * @see #isRemovedByAutomation()
	 * @generated
	 */
	void setRemovedByAutomation(boolean value);

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.RecordField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getReference_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecordField> getFields();

} // Reference
