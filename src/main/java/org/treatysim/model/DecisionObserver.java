package org.treatysim.model;

import org.treatysim.scenario.Country;

/** Receives every decision an agent takes (and every step of the negotiation), as it happens. */
@FunctionalInterface
public interface DecisionObserver {
    /**
     * Whether this observer reads the causes. A run that only counts decisions says no, and the rules then skip putting
     * causes into words (they pass null); what the model computes is the same either way.
     */
    default boolean wantsCauses() { return true; }

    /**
     * @param month  step index from the scenario's start (0-based)
     * @param actor  who decided
     * @param rule   the decision rule or protocol step, e.g. {@code JP.sanctions} or {@code RU.accept}
     * @param option the option chosen, e.g. {@code aligned} or {@code reject}
     * @param value  its value in the rule's units (a level, islands, 0/1)
     * @param cause  what drove it, in words (the largest term of the choice, or the intervention)
     */
    void decided(int month, Country actor, String rule, String option, double value, String cause);

    /**
     * The same, with the option left ({@code from}; null for protocol steps and one-off acts). Decision rules call
     * this one; observers that tell a move apart from its direction (sanctions eased, not imposed) override it.
     */
    default void decided(int month, Country actor, String rule, String from, String option, double value, String cause) {
        decided(month, actor, rule, option, value, cause);
    }
}
