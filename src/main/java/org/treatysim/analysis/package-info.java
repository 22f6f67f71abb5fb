/**
 * What the runs mean: paired comparisons, peaks, Sobol and Morris indices, what-if effects.
 *
 * <p>Imports: {@code experiment}, {@code model}, {@code scenario}, {@code io}; never {@code output} or the shells.
 */
package org.treatysim.analysis;
