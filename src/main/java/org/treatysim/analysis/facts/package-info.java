/**
 * The stylized facts of the documented history, their tests, the evaluation of a replay against them (fit period,
 * hold-out, nulls) and the validation series.
 *
 * <p>Imports: {@code analysis}, {@code experiment}, {@code model}, {@code scenario}, {@code io}.
 */
package org.treatysim.analysis.facts;
