package org.treatysim.experiment;

import org.treatysim.scenario.Country;

/**
 * One decision of one replication, as {@code decisions.csv} holds it.
 *
 * @param month  step index from the scenario's start
 * @param actor  who decided
 * @param rule   the decision rule or negotiation step, e.g. {@code JP.sanctions}, {@code RU.accept}
 * @param option the option chosen, e.g. {@code aligned}
 * @param value  its value in the rule's units
 * @param cause  what drove it
 */
public record DecisionRecord(int month, Country actor, String rule, String option, double value, String cause) {
    public String key() { return rule + "=" + option; }
}
