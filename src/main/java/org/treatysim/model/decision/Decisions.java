package org.treatysim.model.decision;

import org.treatysim.scenario.Country;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry of the agents' decision rules, in the order they are taken within a month (the United States, China,
 * Japan, Russia; then the negotiation's round and answers). Adding a decision: one class, one line here.
 */
public final class Decisions {
    private static final List<Supplier<DecisionRule>> REGISTRY = new ArrayList<>(List.of(
            UsSanctions::new, UsPress::new,
            CnAlignment::new, CnStance::new,
            JpSanctions::new, JpAid::new, JpDeclaredDemand::new, JpAssert::new, JpTalks::new,
            RuLegalCap::new, RuDeclaredOffer::new, RuTalks::new, RuGarrison::new, RuJointActivity::new, RuRetaliate::new, RuAssert::new,
            Round::new, () -> new Acceptance(Country.JP), () -> new Acceptance(Country.RU)));

    private Decisions() {}

    /** Fresh instances of every rule, in the order of the month (one set per model). */
    public static synchronized List<DecisionRule> create() {
        List<DecisionRule> out = new ArrayList<>(REGISTRY.size());
        for (Supplier<DecisionRule> s : REGISTRY) out.add(s.get());
        return out;
    }

    /** Every rule by id with its option names (what scenario files may name). */
    public static Map<String, List<String>> catalogue() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (DecisionRule r : create()) out.put(r.id(), r.options());
        return Collections.unmodifiableMap(out);
    }

    /** Every parameter the rules read, in rule order. */
    public static List<String> parameters() {
        List<String> out = new ArrayList<>();
        for (DecisionRule r : create()) out.addAll(r.parameters());
        return out;
    }

    /** The rule with this id from a list made by {@link #create()}. */
    public static DecisionRule find(List<DecisionRule> rules, String id) {
        for (DecisionRule r : rules) if (r.id().equals(id)) return r;
        throw new IllegalArgumentException("no decision rule " + id);
    }

    /** Adds a rule at the end of the month's order (tests add throw-away ones). */
    public static synchronized void register(Supplier<DecisionRule> s) { REGISTRY.add(s); }

    /** Removes a rule added by {@link #register} (tests). */
    public static synchronized void unregister(String id) {
        REGISTRY.removeIf(s -> s.get().id().equals(id));
    }
}
