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
     * @param loss      the calibration loss: 0 on a comfortable hit; squared relative shortfall (hinge) for
     *                  threshold facts; mean squared error in tolerances for series
     */
    record Outcome(double measured, String measuredText, String threshold, boolean hit, double loss) {}
}
