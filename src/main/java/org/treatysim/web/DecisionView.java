package org.treatysim.web;

import org.treatysim.experiment.DecisionTally;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.io.Decimals;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Intervention;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioDiff;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The agents' decisions for the pages: the catalogue of decision rules (what the builder's interventions may force or
 * forbid), words for every decision a run records ({@code rule=option}, as in decisions.csv and summary.json), and for a
 * compare, how often each decision fires from the month a what-if first departs from its base, in both arms.
 */
final class DecisionView {
    /** Steps of the negotiation the model records beside the rules' decisions (Protocol): key -> group, sentence. */
    static final Map<String, String[]> PROTOCOL = protocol();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** Decision sentences a compare adds at most per what-if, and the smallest change in share they report. */
    static final int SENTENCES_PER_WHATIF = 3;
    static final double SMALLEST_CHANGE = 0.05;

    private DecisionView() {}

    private static Map<String, String[]> protocol() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("JP.propose=offer", new String[]{"JP", "Tokyo makes a settlement offer"});
        m.put("RU.propose=offer", new String[]{"RU", "Moscow makes a settlement offer"});
        m.put("US.block=block", new String[]{"US", "Washington gets Tokyo to drop an agreed deal"});
        m.put("JP.ratify=fail", new String[]{"JP", "The Diet does not ratify a signed deal"});
        m.put("RU.ratify=fail", new String[]{"RU", "Moscow does not ratify a signed deal"});
        m.put("treaty=signed", new String[]{"JP_RU", "Both sides sign and ratify a peace treaty"});
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Who decides, by the rule's prefix: JP, RU, US, CN, or JP_RU (both, in the negotiation). */
    static String group(String rule) {
        int dot = rule.indexOf('.');
        return dot < 0 ? "JP_RU" : rule.substring(0, dot);
    }

    static String who(String group) {
        return switch (group) {
            case "JP" -> "Tokyo";
            case "RU" -> "Moscow";
            case "US" -> "Washington";
            case "CN" -> "Beijing";
            default -> "Tokyo and Moscow";
        };
    }

    /**
     * Every decision rule in the order of the month: id, who decides, what it is about, its options (name, value, what
     * choosing it means) and the parameters it reads. The builder's interventions offer exactly these.
     */
    static List<Object> catalogue() {
        List<Object> out = new ArrayList<>();
        for (DecisionRule r : Decisions.create()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("actor", r.actor().name());
            m.put("group", group(r.id()));
            m.put("who", who(group(r.id())));
            m.put("summary", r.summary());
            List<Object> opts = new ArrayList<>();
            for (int k = 0; k < r.optionCount(); k++) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", r.option(k));
                o.put("value", r.value(k));
                o.put("sentence", optionSentence(r, k));
                opts.add(o);
            }
            m.put("options", opts);
            m.put("parameters", r.parameters());
            out.add(m);
        }
        return out;
    }

    /**
     * What choosing option k means. A one-off act's "none" option has the act's own sentence in the rule (it is never
     * reported); here it says that nothing of the kind is done.
     */
    static String optionSentence(DecisionRule r, int k) {
        String s = r.sentence(k);
        for (int j = 0; j < r.optionCount(); j++) {
            if (j != k && r.sentence(j).equals(s) && r.option(k).equals("none")) return who(group(r.id())) + " does nothing of the kind";
        }
        return s;
    }

    /** Every key a run may record: each rule's options, then the negotiation's steps. */
    static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (DecisionRule r : Decisions.create()) for (String o : r.options()) out.add(r.id() + "=" + o);
        out.addAll(PROTOCOL.keySet());
        return out;
    }

    /**
     * Words for the decisions {@code keys}: rule, option, who decides, the sentence, what the rule is about, and the
     * months the record holds a decision of that kind (the base scenario's former decision events).
     */
    static Map<String, Object> labels(Set<String> keys, Scenario base) {
        Map<String, DecisionRule> rules = new LinkedHashMap<>();
        for (DecisionRule r : Decisions.create()) rules.put(r.id(), r);
        Map<String, List<String>> record = new LinkedHashMap<>();
        for (Event e : base.events()) {
            if (e.isDecision()) record.computeIfAbsent(e.decision().toString(), k -> new ArrayList<>()).add(e.date().toString());
        }
        List<String> order = keys();
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparingInt((String k) -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k)).thenComparing(k -> k));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : sorted) {
            int eq = key.indexOf('=');
            String rule = eq < 0 ? key : key.substring(0, eq), option = eq < 0 ? "" : key.substring(eq + 1);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", rule);
            m.put("option", option);
            DecisionRule r = rules.get(rule);
            String[] p = PROTOCOL.get(key);
            String group = p != null ? p[0] : group(rule);
            m.put("group", group);
            m.put("who", who(group));
            if (r != null && r.optionIndex(option) >= 0) {
                m.put("text", optionSentence(r, r.optionIndex(option)));
                m.put("about", r.summary());
            } else {
                m.put("text", p != null ? p[1] : key);
                m.put("about", "a step of the negotiation");
            }
            m.put("record", record.getOrDefault(key, List.of()));
            out.put(key, m);
        }
        return out;
    }

    /**
     * The first month a what-if can differ from its base: the earliest event it removes, adds or moves, or intervention
     * it makes; the start of the span when it changes parameters, the kind of agents or the span itself (those act
     * from the first month).
     */
    static YearMonth departure(Scenario base, Scenario whatif) {
        ScenarioDiff d = ScenarioDiff.of(base, whatif);
        YearMonth start = base.start().isAfter(whatif.start()) ? base.start() : whatif.start();
        if (!d.parameters().isEmpty() || d.agentsChanged() || d.spanChanged()) return start;
        YearMonth m = null;
        for (Event e : d.removed()) m = earlier(m, e.date());
        for (Event e : d.added()) m = earlier(m, e.date());
        for (ScenarioDiff.Change c : d.changed()) m = earlier(earlier(m, c.before().date()), c.after().date());
        for (Intervention i : d.interventions()) m = earlier(m, i.from());
        return m == null || m.isBefore(start) ? start : m;
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** Windows that count, for every key, the replications in which it fires from {@code since} to the end of {@code s}. */
    static List<DecisionTally.Window> windows(Scenario s, List<YearMonth> sinces) {
        List<DecisionTally.Window> out = new ArrayList<>();
        for (YearMonth since : new LinkedHashSet<>(sinces)) {
            int from = Math.max(0, Math.min(s.months() - 1, s.stepOf(since)));
            for (String k : keys()) out.add(new DecisionTally.Window(k, from, s.months() - 1));
        }
        return out;
    }

    /** The share of replications in which each key fired from {@code since} on (the windows {@link #windows} registered). */
    static Map<String, Double> sharesSince(RunStatistics t, YearMonth since) {
        Scenario s = t.scenario();
        int from = Math.max(0, Math.min(s.months() - 1, s.stepOf(since)));
        Map<String, Double> out = new LinkedHashMap<>();
        List<DecisionTally.Window> ws = t.decisions().windows();
        for (int i = 0; i < ws.size(); i++) if (ws.get(i).from() == from) out.put(ws.get(i).key(), t.decisions().windowShare(i));
        return out;
    }

    /**
     * For a what-if: the month it departs, and every decision that fired from then on in either arm with its share of
     * replications in the base and in the what-if ({@code [base, whatif]}).
     */
    /** Each decision's share of replications (base, what-if) from the month {@code since} on, for the page. */
    record Since(String since, Map<String, List<Double>> shares) {}

    static Since since(RunStatistics base, RunStatistics whatif, YearMonth since) {
        Map<String, Double> b = sharesSince(base, since), w = sharesSince(whatif, since);
        Map<String, List<Double>> shares = new LinkedHashMap<>();
        for (String k : keys()) {
            double x = b.getOrDefault(k, 0.0), y = w.getOrDefault(k, 0.0);
            if (x > 0 || y > 0) shares.put(k, List.of(Decimals.round(x), Decimals.round(y)));
        }
        return new Since(since.toString(), shares);
    }

    /**
     * Sentences on what the agents did differently after the what-if departs: the decisions (other than those it
     * intervenes on, and the treaty itself, which the first sentences cover) whose share of replications changed the
     * most, when the change is at least {@link #SMALLEST_CHANGE} and its 95% interval (unpaired: wider than the paired
     * one, so conservative) excludes zero.
     */
    static List<String> sentences(String baseName, Scenario whatif, RunStatistics base, RunStatistics w, YearMonth since, Map<String, Object> labels) {
        Map<String, Double> b = sharesSince(base, since), x = sharesSince(w, since);
        Set<String> intervened = new LinkedHashSet<>();
        for (Intervention i : whatif.interventions()) intervened.add(i.rule());
        int n = w.replications();
        record Change(String key, double base, double whatif) {
            double diff() { return whatif - base; }
        }
        List<Change> changes = new ArrayList<>();
        for (String k : keys()) {
            String rule = k.substring(0, k.indexOf('='));
            if (intervened.contains(rule) || k.equals("treaty=signed")) continue;
            double pb = b.getOrDefault(k, 0.0), pw = x.getOrDefault(k, 0.0), d = pw - pb;
            double se = Math.sqrt(pb * (1 - pb) / n + pw * (1 - pw) / n);
            if (Math.abs(d) >= SMALLEST_CHANGE && Math.abs(d) > 1.96 * se) changes.add(new Change(k, pb, pw));
        }
        changes.sort(Comparator.comparingDouble((Change c) -> -Math.abs(c.diff())).thenComparing(Change::key));
        List<String> out = new ArrayList<>();
        for (Change c : changes.subList(0, Math.min(SENTENCES_PER_WHATIF, changes.size()))) {
            Object label = labels.get(c.key());
            String text = label instanceof Map<?, ?> l ? String.valueOf(l.get("text")) : c.key();
            out.add(String.format(Locale.ROOT, "From %s on, in %s: %s in %s of the simulated histories, against %s in %s.",
                    since.format(MONTH), whatif.name(), text, Sentences.pct(c.whatif()), Sentences.pct(c.base()), baseName));
        }
        return out;
    }
}
