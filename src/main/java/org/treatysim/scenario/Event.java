package org.treatysim.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * A dated event of a scenario: when, who, what, how sure (its source), and what it does to the state.
 *
 * @param direction documented direction of effect on the treaty chance: "+", "-", "0" or "+/-"
 * @param label     short chart label (may be empty; major events are labelled by title if empty)
 * @param origin    the file and line it was read from, e.g. {@code scenarios/baseline.yaml:120}
 * @param decision  null for a shock (applied in every model); for a former decision, the rule and option that now
 *                  produce it (applied only by the scripted null model, see {@link DecisionRef})
 */
public record Event(String id, YearMonth date, List<Country> actors, String title, String label, boolean major,
                    String direction, String source, String notes, List<Effect> effects, String origin,
                    DecisionRef decision) {

    /** A shock: an event outside the four governments' choices on the dispute. */
    public Event(String id, YearMonth date, List<Country> actors, String title, String label, boolean major,
                 String direction, String source, String notes, List<Effect> effects, String origin) {
        this(id, date, actors, title, label, major, direction, source, notes, effects, origin, null);
    }

    public boolean isDecision() { return decision != null; }

    public String chartLabel() {
        return label == null || label.isEmpty() ? title : label;
    }
}
