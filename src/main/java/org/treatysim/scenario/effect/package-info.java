/**
 * The effect types an event can carry (one class each, registered in
 * {@link org.treatysim.scenario.Effects}): each declares its op, its fields and how it reads them, and applies itself to
 * the world state.
 *
 * <p>Imports: {@code scenario} and {@code io}.
 */
package org.treatysim.scenario.effect;
