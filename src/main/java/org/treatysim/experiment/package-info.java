/**
 * Running the model many times: Monte Carlo replications on seeded streams
 * ({@link org.treatysim.experiment.MonteCarlo}), paired runs on common random numbers, parameter draws, constant-memory
 * run statistics, decision tallies and sweeps over designs.
 *
 * <p>Imports: {@code model}, {@code scenario}, {@code io}; never {@code analysis}, {@code output} or the shells.
 */
package org.treatysim.experiment;
