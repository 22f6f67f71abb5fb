/**
 * Fitting parameters to the documented history: CMA-ES/BOBYQA best fits and ABC-SMC posterior samples, on common
 * random numbers.
 *
 * <p>Imports: {@code analysis} and its subpackages, {@code experiment}, {@code model}, {@code scenario}, {@code io}.
 */
package org.treatysim.analysis.calibration;
