package org.treatysim.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * A dated event of a scenario: when, who, what, how sure (its source), and what it does to the state.
 *
 * @param direction documented direction of effect on the treaty chance: "+", "-", "0" or "+/-"
 * @param label     short chart label (may be empty; major events are labelled by title if empty)
 * @param origin    the file and line it was read from, e.g. {@code scenarios/baseline.yaml:120}
 */
public record Event(String id, YearMonth date, List<Country> actors, String title, String label, boolean major,
                    String direction, String source, String notes, List<Effect> effects, String origin) {

    public String chartLabel() {
        return label == null || label.isEmpty() ? title : label;
    }
}
