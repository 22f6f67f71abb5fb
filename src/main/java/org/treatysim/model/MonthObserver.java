package org.treatysim.model;

/** Receives the state at the end of every month. The experiment layer records; the GUI charts. */
@FunctionalInterface
public interface MonthObserver {
    /**
     * @param month  step index from the scenario's start (0-based)
     * @param values every {@link org.treatysim.scenario.Var}'s observed value, indexed by ordinal; reused, copy if kept
     */
    void endOfMonth(int month, double[] values);
}
