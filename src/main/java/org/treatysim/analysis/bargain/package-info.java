/**
 * The stand-alone bargaining model of the {@code bargain} command: an actors table read and the expected-utility
 * rounds run within a bound on their work.
 *
 * <p>Imports: {@code analysis}, {@code model}, {@code scenario}, {@code io}.
 */
package org.treatysim.analysis.bargain;
