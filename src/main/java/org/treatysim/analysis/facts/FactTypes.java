package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The registry of fact test types, by the {@code type:} name the facts file uses. Adding a type: one class + one line. */
public final class FactTypes {
    private static final Map<String, Function<Node, FactTest>> REGISTRY = new LinkedHashMap<>();
    static {
        REGISTRY.put("cumulative_below", CumulativeBelow::parse);
        REGISTRY.put("window_peak_above", WindowPeakAbove::parse);
        REGISTRY.put("rises_around", RisesAround::parse);
        REGISTRY.put("never_reaches", NeverReaches::parse);
        REGISTRY.put("near_zero", NearZero::parse);
        REGISTRY.put("collapses_after", CollapsesAfter::parse);
        REGISTRY.put("series_within", SeriesWithin::parse);
        REGISTRY.put("peak_at_least", PeakAtLeast::parse);
        REGISTRY.put("rank_peaks", RankPeaks::parse);
        REGISTRY.put("decision_timing", DecisionTiming::parse);
    }

    private FactTypes() {}

    public static Set<String> names() { return Collections.unmodifiableSet(REGISTRY.keySet()); }

    /** Parses a {@code test:} mapping, failing with its location on an unknown type or a bad field. */
    public static FactTest parse(Node test) {
        test.requireObject("a test such as {type: cumulative_below, by: 2025-12, max: 0.3}");
        Node t = test.required("type", "one of " + String.join(", ", REGISTRY.keySet()));
        String type = t.asString("a test type");
        Function<Node, FactTest> p = REGISTRY.get(type);
        if (p == null) throw t.error("unknown test type '" + type + "'", "use one of " + String.join(", ", REGISTRY.keySet()));
        FactTest ft = p.apply(test);
        if (!ft.type().equals(type)) throw new IllegalStateException("registry maps " + type + " to " + ft.type());
        return ft;
    }
}
