/**
 * The four agents of the decision model (Japan, Russia, the United States, China): their monthly state updates
 * and the decision rules they take.
 *
 * <p>Imports: {@code model} and its subpackages, {@code scenario}, {@code io}'s text helpers.
 */
package org.treatysim.model.agents;
