/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A meta-analysis the review defines: the outcome pooled, the rows preferred where a study reports several (criteria, population, timepoint), the effect measure (metafor's names: OR, RR, RD, MD, SMD, GIV_RATIO), the pooling method (MH, PETO, FE, DL, REML, PM), Hartung-Knapp, the zero-cell rule (METAFOR or REVMAN), the groups' names for the figures, and the studies left out with their reasons.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Analysis#getName <em>Name</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getTimepoint <em>Timepoint</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getMethod <em>Method</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#isKnha <em>Knha</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getZeroCells <em>Zero Cells</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getExperimentalName <em>Experimental Name</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getControlName <em>Control Name</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getExclusions <em>Exclusions</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getSubgroups <em>Subgroups</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getRiskOfBiasTool <em>Risk Of Bias Tool</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getI2Rule <em>I2 Rule</em>}</li>
 *   <li>{@link org.appraise.model.Analysis#getLowerFavours <em>Lower Favours</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getAnalysis()
 * @model
 * @generated
 */
public interface Analysis extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(OutcomeDefinition)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Outcome()
	 * @model
	 * @generated
	 */
	OutcomeDefinition getOutcome();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(OutcomeDefinition value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute.
	 * @see #setCriteria(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Criteria()
	 * @model
	 * @generated
	 */
	String getCriteria();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getCriteria <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' attribute.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>Timepoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timepoint</em>' attribute.
	 * @see #setTimepoint(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Timepoint()
	 * @model
	 * @generated
	 */
	String getTimepoint();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getTimepoint <em>Timepoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timepoint</em>' attribute.
	 * @see #getTimepoint()
	 * @generated
	 */
	void setTimepoint(String value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Knha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Knha</em>' attribute.
	 * @see #setKnha(boolean)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Knha()
	 * @model
	 * @generated
	 */
	boolean isKnha();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#isKnha <em>Knha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Knha</em>' attribute.
	 * @see #isKnha()
	 * @generated
	 */
	void setKnha(boolean value);

	/**
	 * Returns the value of the '<em><b>Zero Cells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zero Cells</em>' attribute.
	 * @see #setZeroCells(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_ZeroCells()
	 * @model
	 * @generated
	 */
	String getZeroCells();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getZeroCells <em>Zero Cells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zero Cells</em>' attribute.
	 * @see #getZeroCells()
	 * @generated
	 */
	void setZeroCells(String value);

	/**
	 * Returns the value of the '<em><b>Experimental Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experimental Name</em>' attribute.
	 * @see #setExperimentalName(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_ExperimentalName()
	 * @model
	 * @generated
	 */
	String getExperimentalName();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getExperimentalName <em>Experimental Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experimental Name</em>' attribute.
	 * @see #getExperimentalName()
	 * @generated
	 */
	void setExperimentalName(String value);

	/**
	 * Returns the value of the '<em><b>Control Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Name</em>' attribute.
	 * @see #setControlName(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_ControlName()
	 * @model
	 * @generated
	 */
	String getControlName();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getControlName <em>Control Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Name</em>' attribute.
	 * @see #getControlName()
	 * @generated
	 */
	void setControlName(String value);

	/**
	 * Returns the value of the '<em><b>Exclusions</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.AnalysisExclusion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusions</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Exclusions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisExclusion> getExclusions();

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.AnalysisComparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per study, the arms compared when the reviewers state them (a three-arm study, or arms the default order gets wrong), with the reason.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparisons</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Comparisons()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalysisComparison> getComparisons();

	/**
	 * Returns the value of the '<em><b>Subgroups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the studies are grouped by: RISK_OF_BIAS (the overall judgement), DESIGN, or a characteristic kind (COUNTRY, SETTING...); no subgroups when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subgroups</em>' attribute.
	 * @see #setSubgroups(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_Subgroups()
	 * @model
	 * @generated
	 */
	String getSubgroups();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getSubgroups <em>Subgroups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subgroups</em>' attribute.
	 * @see #getSubgroups()
	 * @generated
	 */
	void setSubgroups(String value);

	/**
	 * Returns the value of the '<em><b>Risk Of Bias Tool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The risk-of-bias tool whose judgements the forest plot shows, the subgroups and the sensitivity analysis read (its id, e.g. ROB2); none: the tool the studies were assessed with, when there is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risk Of Bias Tool</em>' attribute.
	 * @see #setRiskOfBiasTool(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_RiskOfBiasTool()
	 * @model
	 * @generated
	 */
	String getRiskOfBiasTool();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getRiskOfBiasTool <em>Risk Of Bias Tool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Of Bias Tool</em>' attribute.
	 * @see #getRiskOfBiasTool()
	 * @generated
	 */
	void setRiskOfBiasTool(String value);

	/**
	 * Returns the value of the '<em><b>I2 Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How I-squared is computed: METAFOR (from tau-squared, the default) or REVMAN (RevMan 5's, from Q and its degrees of freedom).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>I2 Rule</em>' attribute.
	 * @see #setI2Rule(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_I2Rule()
	 * @model
	 * @generated
	 */
	String getI2Rule();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getI2Rule <em>I2 Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>I2 Rule</em>' attribute.
	 * @see #getI2Rule()
	 * @generated
	 */
	void setI2Rule(String value);

	/**
	 * Returns the value of the '<em><b>Lower Favours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which group an effect below the line of no effect (a ratio under 1, a difference under 0) favours: EXPERIMENTAL (fewer deaths, less pain) or CONTROL (fewer responses); unstated when empty, and the forest plot then says 'lower' and 'higher', not 'favours'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower Favours</em>' attribute.
	 * @see #setLowerFavours(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysis_LowerFavours()
	 * @model
	 * @generated
	 */
	String getLowerFavours();

	/**
	 * Sets the value of the '{@link org.appraise.model.Analysis#getLowerFavours <em>Lower Favours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Favours</em>' attribute.
	 * @see #getLowerFavours()
	 * @generated
	 */
	void setLowerFavours(String value);

} // Analysis
