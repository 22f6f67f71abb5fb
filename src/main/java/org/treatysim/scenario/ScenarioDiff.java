package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a what-if departs from a base scenario: events removed, added or changed (by id; an event counts as changed
 * when its date, actors or effects differ, not when only its wording does), parameters whose value, range or
 * distribution differ, the interventions on the agents' decisions the base does not make, whether the agents decide or
 * replay a script, and the span. Works for any two scenarios, whether or not one extends the other.
 */
public record ScenarioDiff(String base, String whatif, List<Event> removed, List<Event> added, List<Change> changed,
                           List<String> parameters, List<Intervention> interventions, boolean agentsChanged, boolean spanChanged) {

    /** An event present in both with a different date, actors or effects. */
    public record Change(Event before, Event after) {}

    /** The kind of a diverging event, for charts and reports. */
    public enum Kind { REMOVED, ADDED, CHANGED, INTERVENTION }

    /** One diverging event with its kind, dated where it takes effect in the what-if (or did in the base, if removed). */
    public record Divergence(Kind kind, Event event) {}

    public static ScenarioDiff of(Scenario base, Scenario whatif) {
        Map<String, Event> b = byId(base.events()), w = byId(whatif.events());
        List<Event> removed = new ArrayList<>(), added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Event e : base.events()) {
            Event o = w.get(e.id());
            if (o == null) removed.add(e);
            else if (!e.date().equals(o.date()) || !e.actors().equals(o.actors()) || !e.effects().equals(o.effects())) changed.add(new Change(e, o));
        }
        for (Event e : whatif.events()) if (!b.containsKey(e.id())) added.add(e);
        List<String> params = new ArrayList<>();
        for (String n : base.parameters().names()) {
            ParameterSpec x = base.parameters().spec(n), y = whatif.parameters().spec(n);
            if (y == null || x.value() != y.value() || x.low() != y.low() || x.high() != y.high() || x.distribution() != y.distribution()) params.add(n);
        }
        for (String n : whatif.parameters().names()) if (!base.parameters().contains(n)) params.add(n);
        List<Intervention> ivs = new ArrayList<>();
        for (Intervention i : whatif.interventions()) if (base.interventions().stream().noneMatch(x -> same(x, i))) ivs.add(i);
        boolean span = !base.start().equals(whatif.start()) || !base.end().equals(whatif.end());
        return new ScenarioDiff(base.name(), whatif.name(), List.copyOf(removed), List.copyOf(added), List.copyOf(changed), List.copyOf(params),
                List.copyOf(ivs), base.agents() != whatif.agents(), span);
    }

    /** The same intervention: same rule, kind, options and window (the wording of its rationale aside). */
    private static boolean same(Intervention a, Intervention b) {
        return a.rule().equals(b.rule()) && a.force() == b.force() && a.options().equals(b.options()) && a.from().equals(b.from()) && a.to().equals(b.to());
    }

    /**
     * An intervention as a dated mark (at the start of its window) for charts and reports: its id is
     * {@code intervention:<rule>:<from>}, its title says what is forced or forbidden and why, its label is short.
     */
    public static Event asEvent(Intervention i) {
        String actor = i.rule().substring(0, i.rule().indexOf('.'));
        List<Country> actors = actor.equals("JP_RU") ? List.of(Country.JP, Country.RU) : List.of(Country.valueOf(actor));
        String what = (i.force() ? "forced: " : "forbidden: ") + i.rule() + " " + String.join("|", i.options());
        return new Event("intervention:" + i.rule() + ":" + i.from(), i.from(), actors, i.describe() + (i.rationale().isEmpty() ? "" : " (" + i.rationale() + ")"),
                what, true, "", i.rationale(), "", List.of(), i.origin());
    }

    /** Every diverging event in date order (removed events at their base date, changed ones at their what-if date). */
    public List<Divergence> divergences() {
        List<Divergence> out = new ArrayList<>();
        for (Event e : removed) out.add(new Divergence(Kind.REMOVED, e));
        for (Change c : changed) out.add(new Divergence(Kind.CHANGED, c.after()));
        for (Event e : added) out.add(new Divergence(Kind.ADDED, e));
        for (Intervention i : interventions) out.add(new Divergence(Kind.INTERVENTION, asEvent(i)));
        out.sort((x, y) -> x.event().date().compareTo(y.event().date()));
        return out;
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty() && changed.isEmpty() && parameters.isEmpty() && interventions.isEmpty()
                && !agentsChanged && !spanChanged;
    }

    private static Map<String, Event> byId(List<Event> events) {
        Map<String, Event> m = new LinkedHashMap<>();
        for (Event e : events) m.put(Objects.requireNonNull(e.id()), e);
        return m;
    }
}
