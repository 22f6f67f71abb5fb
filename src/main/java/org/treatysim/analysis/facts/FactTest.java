package org.treatysim.analysis.facts;

/**
 * The test of one stylized fact: one class per {@code type:} of the facts file, registered in {@link FactTypes}.
 * Implementations are immutable and measure the mean trajectories in an {@link EvalContext}.
 */
public interface FactTest {
    /** The {@code type:} name. */
    String type();

    /** Measures the fact on a replay. */
    Outcome evaluate(EvalContext ctx);

    /**
     * The months the test reads (for the split into fit and hold-out periods); a test that reads to the end of the
     * span ends at {@link Window#OPEN_END}.
     */
    Window period(org.treatysim.scenario.Scenario s);

    /** True if the test measures the agents' decisions (it does not apply to models without them). */
    default boolean needsDecisions() { return false; }

    /** True if the test measures only the treaty hazard and its cumulative (it applies to every null model). */
    default boolean treatyOnly() { return true; }

    /**
     * What a test found.
     *
     * @param measured  the measured value (NaN if undefined, which counts as a miss)
     * @param measuredText the measured value as shown in the table
     * @param threshold what a hit needs, as text
     * @param hit       whether the fact is reproduced
     * @param loss      the calibration loss, 0 when the fact is met: for ratio and absolute hazard facts the squared
     *                  number of decades by which the value misses its threshold (capped at 3^2); for probability
     *                  thresholds the squared relative excess; for decision timing the squared relative shortfall of
     *                  the share; for series the mean squared error in tolerances
     */
    record Outcome(double measured, String measuredText, String threshold, boolean hit, double loss) {}
}
