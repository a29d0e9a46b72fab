/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The review question in PICO form.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ReviewQuestion#getText <em>Text</em>}</li>
 *   <li>{@link org.appraise.model.ReviewQuestion#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.appraise.model.ReviewQuestion#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.appraise.model.ReviewQuestion#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.appraise.model.ReviewQuestion#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.ReviewQuestion#getStudyDesigns <em>Study Designs</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getReviewQuestion()
 * @model
 * @generated
 */
public interface ReviewQuestion extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.appraise.model.AppraisePackage#getReviewQuestion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.appraise.model.ReviewQuestion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.appraise.model.AppraisePackage#getReviewQuestion_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.appraise.model.ReviewQuestion#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intervention</em>' attribute.
	 * @see #setIntervention(String)
	 * @see org.appraise.model.AppraisePackage#getReviewQuestion_Intervention()
	 * @model
	 * @generated
	 */
	String getIntervention();

	/**
	 * Sets the value of the '{@link org.appraise.model.ReviewQuestion#getIntervention <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention</em>' attribute.
	 * @see #getIntervention()
	 * @generated
	 */
	void setIntervention(String value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparator</em>' attribute.
	 * @see #setComparator(String)
	 * @see org.appraise.model.AppraisePackage#getReviewQuestion_Comparator()
	 * @model
	 * @generated
	 */
	String getComparator();

	/**
	 * Sets the value of the '{@link org.appraise.model.ReviewQuestion#getComparator <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' attribute.
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.appraise.model.AppraisePackage#getReviewQuestion_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.appraise.model.ReviewQuestion#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

	/**
	 * Returns the value of the '<em><b>Study Designs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Study Designs</em>' attribute.
	 * @see #setStudyDesigns(String)
	 * @see org.appraise.model.AppraisePackage#getReviewQuestion_StudyDesigns()
	 * @model
	 * @generated
	 */
	String getStudyDesigns();

	/**
	 * Sets the value of the '{@link org.appraise.model.ReviewQuestion#getStudyDesigns <em>Study Designs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Designs</em>' attribute.
	 * @see #getStudyDesigns()
	 * @generated
	 */
	void setStudyDesigns(String value);

} // ReviewQuestion
