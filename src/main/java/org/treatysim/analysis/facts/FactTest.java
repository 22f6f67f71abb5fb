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
     * What a test found.
     *
     * @param measured  the measured value (NaN if undefined, which counts as a miss)
     * @param measuredText the measured value as shown in the table
     * @param threshold what a hit needs, as text
     * @param hit       whether the fact is reproduced
     * @param loss      the calibration loss, 0 when the fact is met: for ratio facts the squared log of the factor
     *                  by which the ratio misses its threshold (capped at ln(1e6)^2); for probability thresholds the
     *                  squared relative excess; for series the mean squared error in tolerances
     */
    record Outcome(double measured, String measuredText, String threshold, boolean hit, double loss) {}
}
