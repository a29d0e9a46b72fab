/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An outcome of interest with the five elements of the Cochrane Handbook (domain, measurement, metric, aggregation, timing).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.OutcomeDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeDefinition#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeDefinition#getMeasurement <em>Measurement</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeDefinition#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeDefinition#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeDefinition#getTiming <em>Timing</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeDefinition#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeDefinition#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition()
 * @model
 * @generated
 */
public interface OutcomeDefinition extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Measurement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurement</em>' attribute.
	 * @see #setMeasurement(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Measurement()
	 * @model
	 * @generated
	 */
	String getMeasurement();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#getMeasurement <em>Measurement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measurement</em>' attribute.
	 * @see #getMeasurement()
	 * @generated
	 */
	void setMeasurement(String value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see #setAggregation(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Aggregation()
	 * @model
	 * @generated
	 */
	String getAggregation();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(String value);

	/**
	 * Returns the value of the '<em><b>Timing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timing</em>' attribute.
	 * @see #setTiming(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Timing()
	 * @model
	 * @generated
	 */
	String getTiming();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#getTiming <em>Timing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing</em>' attribute.
	 * @see #getTiming()
	 * @generated
	 */
	void setTiming(String value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Primary()
	 * @model
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeDefinition_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeDefinition#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // OutcomeDefinition
