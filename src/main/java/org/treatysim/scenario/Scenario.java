package org.treatysim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A fully resolved scenario: inheritance applied, parameters loaded and overridden, events validated and in
 * date order. Immutable; the model is built from it plus a seed.
 *
 * @param lineage             the files this scenario was assembled from, the file itself first, then its ancestors
 * @param sha256              SHA-256 of each lineage file and of the parameter file, by path
 * @param overrideRationales  for each overridden parameter, the source or rationale the scenario gives
 */
public record Scenario(Path file, String name, String title, String description, YearMonth start, YearMonth end,
                       String bargaining, Path parametersFile, ParameterSet parameters,
                       Map<String, String> overrideRationales, List<Event> events, List<Path> lineage,
                       Map<String, String> sha256) {

    /** Number of monthly steps from start to end inclusive. */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(start, end) + 1;
    }

    public YearMonth monthAt(int step) {
        return start.plusMonths(step);
    }

    public int stepOf(YearMonth ym) {
        return (int) ChronoUnit.MONTHS.between(start, ym);
    }

    public Scenario withParameters(ParameterSet p) {
        return new Scenario(file, name, title, description, start, end, bargaining, parametersFile, p, overrideRationales, events, lineage, sha256);
    }

    public Scenario withBargaining(String theory) {
        return new Scenario(file, name, title, description, start, end, theory, parametersFile, parameters, overrideRationales, events, lineage, sha256);
    }

    public Event event(String id) {
        for (Event e : events) if (e.id().equals(id)) return e;
        return null;
    }
}
