package org.treatysim.output;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One replication's history as dated sentences a student can read: the shocks of each month (from the scenario) and
 * what the agents decided (from the replication itself, with what drove each decision). Replication {@code k} of seed
 * {@code s} is exactly replication k of {@code treatysim run --seed s}.
 */
public final class Story {
    /** One dated line. {@code shock} lines are the scenario's events; the rest are the agents' decisions. */
    public record Line(YearMonth month, boolean shock, String text) {}

    /** A replication's story: its lines and how it ended. */
    public record Told(Scenario scenario, long seed, int replication, List<Line> lines, String ending) {
        public String text() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "Replication %d of scenario '%s' (seed %d), month by month. [shock] lines are events outside the governments' choices; the rest are the agents' decisions, with what drove them.%n",
                    replication, scenario.name(), seed));
            for (Line l : lines) sb.append(l.month()).append("  ").append(l.shock() ? "[shock] " : "").append(l.text()).append('\n');
            sb.append(ending).append('\n');
            return sb.toString();
        }
    }

    private Story() {}

    public static Told tell(Scenario s, long seed, int replication) {
        if (replication < 0) throw new IllegalArgumentException("--replication must be 0 or more, got " + replication);
        Map<Integer, List<Line>> byMonth = new TreeMap<>();
        for (Event e : s.appliedEvents()) {
            int m = s.stepOf(e.date());
            if (m >= 0 && m < s.months()) byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(new Line(e.date(), true, e.title()));
        }
        List<DecisionRule> rules = Decisions.create();
        TreatyModel model = MonteCarlo.replication(s, seed, replication, true, null);
        String[] pendingOffer = {null};
        model.setDecisionObserver((month, actor, rule, option, value, cause) -> {
            String text = sentence(rules, actor, rule, option, value, cause, pendingOffer);
            if (text != null) byMonth.computeIfAbsent(month, k -> new ArrayList<>()).add(new Line(s.monthAt(month), false, text));
        });
        model.runToEnd();
        List<Line> lines = new ArrayList<>();
        for (List<Line> l : byMonth.values()) lines.addAll(l);
        String ending;
        if (model.signedStep() >= 0) {
            ending = String.format(Locale.ROOT, "Outcome: a peace treaty signed and ratified in %s, %.2f islands to Japan (2 = Habomai and Shikotan).",
                    s.monthAt(model.signedStep()), model.signedIslands());
        } else {
            ending = "Outcome: no treaty by " + s.end() + (model.state().channelOpen() ? " (talks open)." : " (talks suspended).");
        }
        return new Told(s, seed, replication, lines, ending);
    }

    private static String who(Country c) {
        return switch (c) {
            case JP -> "Tokyo";
            case US -> "Washington";
            case CN -> "Beijing";
            default -> "Moscow";
        };
    }

    /** The sentence for one decision; an offer is held until its answer comes, then told together (null: nothing yet). */
    static String sentence(List<DecisionRule> rules, Country actor, String rule, String option, double value, String cause, String[] pendingOffer) {
        switch (rule) {
            case "JP.propose", "RU.propose" -> {
                pendingOffer[0] = String.format(Locale.ROOT, "%s offers a settlement of %.2f islands", who(actor), value);
                return null;
            }
            case "JP.accept", "RU.accept" -> {
                String offer = pendingOffer[0] == null ? "An offer is made" : pendingOffer[0];
                pendingOffer[0] = null;
                return offer + "; " + who(actor) + (option.equals("accept") ? " accepts it" : " rejects it") + " (" + cause + ").";
            }
            case "US.block" -> { return "Washington presses Tokyo to drop the deal, and Tokyo drops it."; }
            case "JP.ratify" -> { return "The Diet does not ratify the deal (" + cause + ")."; }
            case "RU.ratify" -> { return "Russia does not ratify the deal (" + cause + ")."; }
            case "treaty" -> { return String.format(Locale.ROOT, "Both sides sign and ratify a peace treaty: %.2f islands to Japan.", value); }
            default -> {
                for (DecisionRule r : rules) {
                    if (r.id().equals(rule)) {
                        int k = r.optionIndex(option);
                        String base = k < 0 ? rule + " " + option : r.sentence(k);
                        return cause == null || cause.isEmpty() ? base + "." : base + " (" + cause + ").";
                    }
                }
                return rule + ": " + option + (cause == null ? "" : " (" + cause + ")");
            }
        }
    }
}
