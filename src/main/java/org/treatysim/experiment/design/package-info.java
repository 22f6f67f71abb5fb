/**
 * Sweep designs (grid, Latin hypercube, Saltelli/Sobol, Morris): deterministic points in the unit cube, addressable
 * by index.
 *
 * <p>Imports: the JDK, Commons Math, MASON's random generator and {@code experiment.Seeds} (the sweep's seeds).
 */
package org.treatysim.experiment.design;
