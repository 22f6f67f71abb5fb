package org.treatysim.experiment;

import org.treatysim.scenario.Var;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One per-run output of a sweep, computed while the run steps (no trajectory is kept):
 * <ul>
 *   <li>{@code p_treaty_by:YYYY-MM}: 1 if a treaty was signed in or before that month, else 0 (its mean over
 *       replications is the probability);</li>
 *   <li>{@code peak_hazard:YYYY-MM..YYYY-MM}: the largest annualised hazard of signing in the window;</li>
 *   <li>{@code mean_hazard:YYYY-MM..YYYY-MM}: the mean annualised hazard in the window;</li>
 *   <li>{@code mean:VAR:YYYY-MM..YYYY-MM}: the mean of state variable VAR (e.g. RU.max_offer) in the window.</li>
 * </ul>
 * After a signing the hazard counts as 0 (no second treaty can be signed).
 */
public record SweepMetric(String id, Kind kind, Var var, YearMonth from, YearMonth to) {
    public enum Kind { P_TREATY_BY, PEAK_HAZARD, MEAN_HAZARD, MEAN }

    public static final String FORMS = "p_treaty_by:YYYY-MM, peak_hazard:YYYY-MM..YYYY-MM, mean_hazard:YYYY-MM..YYYY-MM, mean:VAR:YYYY-MM..YYYY-MM";
    private static final String YM = "(\\d{4}-\\d{2})";
    private static final Pattern BY = Pattern.compile("p_treaty_by:" + YM);
    private static final Pattern WINDOW = Pattern.compile("(peak_hazard|mean_hazard):" + YM + "\\.\\." + YM);
    private static final Pattern MEAN = Pattern.compile("mean:([A-Za-z_.]+):" + YM + "\\.\\." + YM);

    /** Parses a metric id; throws IllegalArgumentException with the problem. */
    public static SweepMetric parse(String id) {
        Matcher m;
        if ((m = BY.matcher(id)).matches()) {
            YearMonth by = month(m.group(1));
            return new SweepMetric(id, Kind.P_TREATY_BY, Var.TREATY_SIGNED, by, by);
        }
        if ((m = WINDOW.matcher(id)).matches()) {
            return window(id, m.group(1).equals("peak_hazard") ? Kind.PEAK_HAZARD : Kind.MEAN_HAZARD, Var.TREATY_HAZARD_ANNUAL, m.group(2), m.group(3));
        }
        if ((m = MEAN.matcher(id)).matches()) {
            Var v = Var.byId(m.group(1));
            if (v == null) throw new IllegalArgumentException("unknown state variable '" + m.group(1) + "' in metric '" + id + "'");
            return window(id, Kind.MEAN, v, m.group(2), m.group(3));
        }
        throw new IllegalArgumentException("unknown metric '" + id + "'");
    }

    private static SweepMetric window(String id, Kind kind, Var v, String a, String b) {
        YearMonth from = month(a), to = month(b);
        if (to.isBefore(from)) throw new IllegalArgumentException("metric '" + id + "' has an empty window: " + a + " is after " + b);
        return new SweepMetric(id, kind, v, from, to);
    }

    private static YearMonth month(String s) {
        try {
            return YearMonth.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a real month (months run 01 to 12)");
        }
    }

    /** Computes a sweep's metrics for one run as the months pass. Steps are indices from the scenario start. */
    public static final class Recorder implements org.treatysim.model.MonthObserver {
        private final SweepMetric[] metrics;
        private final int[] from, to;
        private final double[] acc;
        private final int hazard = Var.TREATY_HAZARD_ANNUAL.ordinal();
        private final int signed = Var.TREATY_SIGNED.ordinal();

        /** @param fromStep first month of each metric's window, {@code toStep} the last (both inclusive, 0-based). */
        public Recorder(SweepMetric[] metrics, int[] fromStep, int[] toStep) {
            this.metrics = metrics;
            this.from = fromStep;
            this.to = toStep;
            this.acc = new double[metrics.length];
        }

        public void reset() { java.util.Arrays.fill(acc, 0); }

        @Override public void endOfMonth(int month, double[] values) {
            for (int i = 0; i < metrics.length; i++) {
                if (month < from[i] || month > to[i]) continue;
                SweepMetric m = metrics[i];
                switch (m.kind) {
                    case P_TREATY_BY -> acc[i] = values[signed] >= 0.5 ? 1 : 0;
                    case PEAK_HAZARD -> acc[i] = Math.max(acc[i], h(values));
                    case MEAN_HAZARD -> acc[i] += h(values);
                    case MEAN -> acc[i] += values[m.var.ordinal()];
                }
            }
        }

        private double h(double[] values) {
            double x = values[hazard];
            return Double.isNaN(x) ? 0 : x; // NaN once a treaty is signed
        }

        /** The run's values, in metric order, into {@code out}. */
        public void results(double[] out) {
            for (int i = 0; i < metrics.length; i++) {
                SweepMetric.Kind k = metrics[i].kind;
                out[i] = (k == Kind.MEAN_HAZARD || k == Kind.MEAN) ? acc[i] / (to[i] - from[i] + 1) : acc[i];
            }
        }
    }
}
