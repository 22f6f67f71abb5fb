/**
 * Scenarios as data: the scenario, parameter and what-if files read and checked
 * ({@link org.treatysim.scenario.ScenarioLoader}, {@link org.treatysim.scenario.ParameterSet}), the state variables
 * ({@link org.treatysim.scenario.Var}), events, effects and interventions, the posterior sample of a calibration, and
 * the schema generated from the loader's own declarations.
 *
 * <p>Imports: {@code io} only (and libraries). Everything else reads scenarios; a scenario never knows who reads it.
 */
package org.treatysim.scenario;
