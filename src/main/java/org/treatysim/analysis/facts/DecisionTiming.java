package org.treatysim.analysis.facts;

import org.treatysim.experiment.DecisionTally;
import org.treatysim.io.Node;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

/**
 * {@code {type: decision_timing, event, within_months, share}}: the agents take the decision that a former decision
 * event of the scenario records ({@code decision: {rule, option}}) within {@code within_months} of its historical
 * month, in at least {@code share} of the replications. The rule, option and date come from the event, so the
 * scenario is the one source of truth for the history. Applies only to models whose agents decide.
 */
public final class DecisionTiming implements FactTest {
    private final String event;
    private final int within;
    private final double share;

    DecisionTiming(String event, int within, double share) { this.event = event; this.within = within; this.share = share; }

    static DecisionTiming parse(Node n) {
        n.onlyFields(Set.of("type", "event", "within_months", "share"));
        return new DecisionTiming(n.required("event", "the id of a former decision event, e.g. 1960-01-gromyko-memorandum").asString("an event id"),
                (int) n.required("within_months", "how many months either side of the historical date count").asLong("months", 0, 600),
                n.required("share", "the least share of replications, e.g. 0.5").asDouble("a share 0-1", 0, 1));
    }

    public String event() { return event; }

    /** The tally window this fact reads in a scenario: the event's decision within the months around its date. */
    public DecisionTally.Window window(Scenario s) {
        Event e = resolve(s);
        int at = s.stepOf(e.date());
        return new DecisionTally.Window(e.decision().toString(), at - within, at + within);
    }

    private Event resolve(Scenario s) {
        Event e = s.event(event);
        if (e == null) throw new IllegalArgumentException("decision_timing fact names event '" + event + "', which scenario " + s.name() + " does not have");
        if (!e.isDecision()) throw new IllegalArgumentException("decision_timing fact names event '" + event + "', which records no decision (no decision: tag)");
        return e;
    }

    @Override public Window period(Scenario s) {
        YearMonth d = resolve(s).date();
        return new Window(d.minusMonths(within), d.plusMonths(within));
    }

    @Override public boolean needsDecisions() { return true; }

    @Override public boolean treatyOnly() { return false; }

    @Override public String type() { return "decision_timing"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        DecisionTally t = ctx.decisions();
        Event e = resolve(ctx.scenario());
        if (t == null) return new Outcome(Double.NaN, "n/a (no decisions)", ">= " + FactNumbers.pct(share), false, 1.0);
        DecisionTally.Window w = window(ctx.scenario());
        int i = t.windows().indexOf(w);
        if (i < 0) throw new IllegalStateException("the replay did not tally window " + w + "; register the facts' windows before running");
        double got = t.windowShare(i);
        double miss = Math.max(0, (share - got) / Math.max(share, 1e-9));
        return new Outcome(got, String.format(Locale.ROOT, "%s: %s within %d months of %s", FactNumbers.pct(got), e.decision(), within, e.date()),
                ">= " + FactNumbers.pct(share), got >= share, miss * miss);
    }
}
