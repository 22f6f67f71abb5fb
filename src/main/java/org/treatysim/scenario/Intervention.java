package org.treatysim.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * A what-if's intervention on one decision of an agent (Pearl's do-operator applied to one rule): over the months
 * {@code from..to} the rule's choice is forced to one option, or some options are forbidden and the rule chooses
 * among the others. Everything downstream is decided by the agents.
 *
 * @param rule      the decision rule, e.g. {@code JP.sanctions}
 * @param force     true: {@code options} holds the one option forced; false: the options forbidden
 * @param options   option names of the rule
 * @param from      first month of the window (inclusive)
 * @param to        last month of the window (inclusive)
 * @param rationale why, with sources
 * @param origin    file:line it was read from
 */
public record Intervention(String rule, boolean force, List<String> options, YearMonth from, YearMonth to,
                           String rationale, String origin) {
    public boolean covers(YearMonth m) { return !m.isBefore(from) && !m.isAfter(to); }

    public String describe() {
        return (force ? "force " : "forbid ") + rule + " = " + String.join("|", options) + " over " + from + ".." + to;
    }
}
