package org.treatysim.scenario;

/**
 * Marks a dated event as a former decision: what one of the four governments chose about the dispute or each other.
 * In the agent model such an event is not applied (the named rule of the agent decides instead) and its date is the
 * historical record the rule's timing is scored against; the scripted null model applies its effects as v0.1 did.
 *
 * @param rule   the decision rule that now produces it, e.g. {@code RU.legal_cap}
 * @param option the option of that rule the event corresponds to, e.g. {@code cap}
 */
public record DecisionRef(String rule, String option) {
    @Override public String toString() { return rule + "=" + option; }
}
