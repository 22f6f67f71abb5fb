/**
 * Sweep designs (grid, Latin hypercube, Saltelli/Sobol, Morris): deterministic points in the unit cube, addressable
 * by index.
 *
 * <p>Imports: the JDK and Commons Math only.
 */
package org.treatysim.experiment.design;
