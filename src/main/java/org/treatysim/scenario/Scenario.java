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
 * @param agents              how the agents act: {@link Agents#DECIDE} (decision rules, the default) or
 *                            {@link Agents#SCRIPTED} (v0.1's event-driven replay, kept as the null model)
 * @param interventions       what-if interventions on the agents' decisions (agent model only)
 * @param posterior           a weighted sample some parameters are drawn from in each replication ({@code run --posterior}),
 *                            or null: the parameters' own distributions
 */
public record Scenario(Path file, String name, String title, String description, YearMonth start, YearMonth end,
                       String bargaining, Path parametersFile, ParameterSet parameters,
                       Map<String, String> overrideRationales, List<Event> events, List<Path> lineage,
                       Map<String, String> sha256, Agents agents, List<Intervention> interventions, Posterior posterior) {

    /** A scenario as its files give it, without a posterior sample. */
    public Scenario(Path file, String name, String title, String description, YearMonth start, YearMonth end,
                    String bargaining, Path parametersFile, ParameterSet parameters,
                    Map<String, String> overrideRationales, List<Event> events, List<Path> lineage,
                    Map<String, String> sha256, Agents agents, List<Intervention> interventions) {
        this(file, name, title, description, start, end, bargaining, parametersFile, parameters, overrideRationales, events, lineage, sha256,
                agents, interventions, null);
    }

    /** How the agents act. */
    public enum Agents {
        /** The agents decide: former decision events are not applied; the rules choose each month. */
        DECIDE,
        /** v0.1's replay: every event applies, agents relax toward event-set levels (the null model). */
        SCRIPTED;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

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
        return new Scenario(file, name, title, description, start, end, bargaining, parametersFile, p, overrideRationales, events, lineage, sha256, agents, interventions, posterior);
    }

    public Scenario withBargaining(String theory) {
        return new Scenario(file, name, title, description, start, end, theory, parametersFile, parameters, overrideRationales, events, lineage, sha256, agents, interventions, posterior);
    }

    /** The same scenario run by the other kind of agents (e.g. the scripted null beside the agent model). */
    public Scenario withAgents(Agents a) {
        return new Scenario(file, name, title, description, start, end, bargaining, parametersFile, parameters, overrideRationales, events, lineage, sha256, a, a == Agents.DECIDE ? interventions : List.of(), posterior);
    }

    /**
     * The same scenario with parameters drawn from a posterior sample in each replication; the sample's file joins the
     * inputs whose SHA-256 manifests record.
     */
    public Scenario withPosterior(Posterior p) {
        Map<String, String> sha = new java.util.LinkedHashMap<>(sha256);
        sha.put(p.file().toString(), p.sha256());
        return new Scenario(file, name, title, description, start, end, bargaining, parametersFile, parameters, overrideRationales, events, lineage,
                java.util.Collections.unmodifiableMap(sha), agents, interventions, p);
    }

    /** The events this scenario's agents apply: shocks only for the agent model, every event for the scripted null. */
    public List<Event> appliedEvents() {
        if (agents == Agents.SCRIPTED) return events;
        List<Event> out = new java.util.ArrayList<>();
        for (Event e : events) if (!e.isDecision()) out.add(e);
        return out;
    }

    public Event event(String id) {
        for (Event e : events) if (e.id().equals(id)) return e;
        return null;
    }
}
