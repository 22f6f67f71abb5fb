/**
 * The agents' decision rules, one class each, registered by name in
 * {@link org.treatysim.model.decision.Decisions} (register/unregister): options, the sentence each option tells, and
 * the choice from the state.
 *
 * <p>Imports: {@code model} and its subpackages, {@code scenario}.
 */
package org.treatysim.model.decision;
