/**
 * The MASON GUI, a thin shell over the model for lecture demos: portrayals, map, charts, ticker, inspectors.
 *
 * <p>Imports: {@code output} and everything below it; never {@code cli} or {@code web}.
 */
package org.treatysim.gui;
