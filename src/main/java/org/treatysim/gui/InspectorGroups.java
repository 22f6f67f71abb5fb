package org.treatysim.gui;

import org.treatysim.model.ModelProperties;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.negotiation.BargainingTheories;
import org.treatysim.model.negotiation.Protocol;
import org.treatysim.scenario.Scenario;
import sim.util.Properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pages of the model inspector, so that a lecturer finds a coefficient by what it belongs to rather than in one
 * list of hundreds: the coefficients of the agents' own dynamics (v0.1's sliders), the offers protocol and its
 * bargaining theory, one page per decision rule (its declared parameters, {@link DecisionRule#parameters()}), and the
 * state, read-only. The scripted null has no rules and no protocol, so it has only the first and the last.
 */
final class InspectorGroups {
    /** The page shown first. */
    static final String COEFFICIENTS = "Coefficients (v0.1)";
    static final String STATE = "The state now (read-only)";

    /**
     * One page.
     *
     * @param label       its name in the inspector's list
     * @param description what it holds, in a sentence
     * @param parameters  the parameters it offers as sliders (empty for the state)
     */
    record Group(String label, String description, List<String> parameters) {
        Properties properties(TreatyModel m) {
            return label.equals(STATE) ? ModelProperties.state(m) : ModelProperties.parameters(m, parameters);
        }
    }

    private InspectorGroups() {}

    static List<Group> of(TreatyModel m) {
        List<Group> out = new ArrayList<>();
        out.add(new Group(COEFFICIENTS, "The coefficients of the agents' own dynamics: positions, leaders' commitment, publics, "
                + "relations, time constants. Both kinds of agents read them.", ModelProperties.coefficientNames()));
        Scenario s = m.scenario();
        if (s.agents() == Scenario.Agents.DECIDE) {
            Set<String> negotiation = new LinkedHashSet<>(Protocol.PARAMETERS);
            negotiation.addAll(BargainingTheories.parameters(s.bargaining()));
            out.add(new Group("Negotiation (" + s.bargaining() + ")", "The offers protocol: beliefs about the other side, the cost of a "
                    + "rejected offer or a failed ratification, and the parameters of the bargaining theory '" + s.bargaining() + "'.",
                    List.copyOf(negotiation)));
            for (DecisionRule r : m.rules()) {
                if (r.parameters().isEmpty()) continue;
                out.add(new Group(r.actor().displayName + ": " + r.id(),
                        r.summary() + ". Options: " + String.join(", ", r.options()) + ".", r.parameters()));
            }
        }
        out.add(new Group(STATE, "The month, the leaders, the treaty and every state variable, as of the month just played.", List.of()));
        return out;
    }

    /** The position of the page named {@code label}, or 0 (the coefficients) if there is none. */
    static int indexOf(List<Group> groups, String label) {
        for (int i = 0; i < groups.size(); i++) if (groups.get(i).label().equals(label)) return i;
        return 0;
    }
}
