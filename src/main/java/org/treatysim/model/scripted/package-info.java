/**
 * v0.1's event-driven replay, kept as the scripted null model the agent model must beat.
 *
 * <p>Imports: {@code model} and its subpackages, {@code scenario}.
 */
package org.treatysim.model.scripted;
