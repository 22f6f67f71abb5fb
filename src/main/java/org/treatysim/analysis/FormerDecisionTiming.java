package org.treatysim.analysis;

import org.treatysim.experiment.DecisionRecord;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When the agents take, in a replay, each decision that history records as a dated event of the scenario (a "former
 * decision event": the event names the rule and option that now produce it, and the agent model does not apply it).
 * For every such event and replication, the firing of that rule and option nearest to the historical month (the
 * earlier of two equally near); over the replications: the share with a firing within {@link #WITHIN} months of the
 * historical month, the share with any firing at all, and the median and 90% range of the nearest firing's month.
 * The replications are those of {@link MonteCarlo#run} with parameter draws, so the table is the baseline replay's.
 */
public final class FormerDecisionTiming {
    /** Months either side of the historical month within which a firing counts as "on time". */
    public static final int WITHIN = 24;

    /**
     * One former decision event and when the replay takes it.
     *
     * @param onTime share of replications with a firing within {@link #WITHIN} months of the historical month
     * @param ever   share of replications with a firing at any month
     * @param median median month of the nearest firing (null if no replication fires)
     * @param low    5th percentile of the nearest firing's month
     * @param high   95th percentile
     */
    public record Row(Event event, double onTime, double ever, YearMonth median, YearMonth low, YearMonth high) {}

    private FormerDecisionTiming() {}

    /** Replays {@code s} ({@code cfg}'s replications) and times every former decision event of {@code s}. */
    public static List<Row> of(Scenario s, MonteCarlo.Config cfg) {
        List<Event> events = new ArrayList<>();
        for (Event e : s.events()) if (e.isDecision()) events.add(e);
        int n = events.size(), reps = cfg.count();
        int[] at = new int[n];
        for (int i = 0; i < n; i++) at[i] = s.stepOf(events.get(i).date());
        int[][] nearest = new int[n][reps];
        int[] seen = {0};
        MonteCarlo.run(s, cfg, null, List.of(), (outcome, decisions) -> {
            int r = seen[0]++;
            for (int i = 0; i < n; i++) nearest[i][r] = nearest(decisions, events.get(i), at[i]);
        });
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int onTime = 0, ever = 0;
            int[] fired = new int[reps];
            for (int r = 0; r < reps; r++) {
                int m = nearest[i][r];
                if (m == Integer.MIN_VALUE) continue;
                fired[ever++] = m;
                if (Math.abs(m - at[i]) <= WITHIN) onTime++;
            }
            int[] f = Arrays.copyOf(fired, ever);
            Arrays.sort(f);
            rows.add(new Row(events.get(i), onTime / (double) reps, ever / (double) reps,
                    ever == 0 ? null : s.monthAt(rank(f, 0.5)), ever == 0 ? null : s.monthAt(rank(f, 0.05)), ever == 0 ? null : s.monthAt(rank(f, 0.95))));
        }
        return rows;
    }

    /** The month of the firing of the event's rule and option nearest to {@code at}, or Integer.MIN_VALUE if none. */
    static int nearest(List<DecisionRecord> decisions, Event e, int at) {
        int best = Integer.MIN_VALUE;
        String rule = e.decision().rule(), option = e.decision().option();
        for (DecisionRecord d : decisions) {
            if (!d.rule().equals(rule) || !d.option().equals(option)) continue;
            if (best == Integer.MIN_VALUE || Math.abs(d.month() - at) < Math.abs(best - at)) best = d.month();
        }
        return best;
    }

    /** The order statistic at probability p of sorted values (nearest rank; a month is a whole month). */
    static int rank(int[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }
}
