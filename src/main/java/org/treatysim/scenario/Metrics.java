package org.treatysim.scenario;

/**
 * The names of the metrics a run reports month by month, in one place: every state variable under its id
 * ({@link Var#id}), plus the treaty's cumulative probability, which the statistics derive. The files
 * (trajectory.csv, comparison.csv, summary.json), the charts, the facts, the web pages and the tests name them
 * through these constants.
 */
public final class Metrics {
    /** Annualised chance that the month ends in a signed and ratified treaty, given none yet ({@link Var#TREATY_HAZARD_ANNUAL}). */
    public static final String HAZARD = "treaty.hazard_annual";
    /** 1 once a treaty has been signed and ratified ({@link Var#TREATY_SIGNED}); its mean is the share signed. */
    public static final String SIGNED = "treaty.signed";
    /** Share of replications with a treaty by the month (with its Wilson intervals): derived, not a state variable. */
    public static final String CUMULATIVE = "treaty.cumulative";
    /** Prefix of the treaty's own metrics (hazard, signed, cumulative, zone of agreement, ratification, settlement). */
    public static final String TREATY_PREFIX = "treaty.";
    /** Prefix of the gates: which gate stopped a treaty in the month ({@link Var.Kind#GATE}). */
    public static final String GATE_PREFIX = "gate.";

    private Metrics() {}

    /** Whether a metric is one of the treaty's own (its hazard, its cumulative probability, ...). */
    public static boolean isTreaty(String metric) {
        return metric.startsWith(TREATY_PREFIX);
    }
}
