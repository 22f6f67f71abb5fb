package org.treatysim.analysis.bargain;

import org.treatysim.io.UsageException;
import org.treatysim.model.ExpectedUtilityModel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs a stand-alone bargaining model within a bound on its work. A round of the expected-utility model weighs every
 * actor against every pair of positions, so it takes time growing with the cube of the number of actors n (about
 * 10 ns x n^3 on one core: 0.1 s for 200 actors, 10 s for 1000). Tables of more than {@link #MAX_ACTORS} actors,
 * and runs of more than {@link #MAX_WORK} units (rounds x n^3, about a quarter of an hour), are refused before they
 * start; runs above {@link #LONG_WORK} are long enough to show progress.
 */
public final class Bargain {
    /** Most actors a table may hold. */
    public static final int MAX_ACTORS = 1000;
    /** Most work (rounds x actors^3) one run may take. */
    public static final double MAX_WORK = 1e11;
    /** Work above which a run shows its progress (a few seconds and more). */
    public static final double LONG_WORK = 3e8;

    private Bargain() {}

    /** The work of {@code rounds} rounds with {@code actors} actors, in units of {@link #MAX_WORK}. */
    public static double work(int actors, int rounds) {
        return (double) rounds * actors * actors * actors;
    }

    /** Refuses a run that could not finish in reasonable time, saying what would. */
    public static void check(int actors, int rounds) {
        if (actors > MAX_ACTORS) throw new UsageException(actors + " actors are more than the " + MAX_ACTORS + " the bargaining models can handle; group small actors");
        if (work(actors, rounds) > MAX_WORK) {
            long most = (long) Math.floor(MAX_WORK / ((double) actors * actors * actors));
            throw new UsageException(rounds + " rounds with " + actors + " actors would take hours (time grows with rounds x actors^3); "
                    + "run at most " + most + " rounds with this table, or fewer actors");
        }
    }

    /** Runs {@code rounds} rounds after {@link #check}; element 0 is the input. {@code progress} gets 1 per round. */
    public static List<ExpectedUtilityModel.Round> run(ExpectedUtilityModel m, int rounds, IntConsumer progress) {
        check(m.names().length, rounds);
        List<ExpectedUtilityModel.Round> out = new ArrayList<>(rounds + 1);
        out.add(new ExpectedUtilityModel.Round(0, m.positions(), m.median(), m.mean()));
        for (int t = 1; t <= rounds; t++) {
            m.step();
            out.add(new ExpectedUtilityModel.Round(t, m.positions(), m.median(), m.mean()));
            if (progress != null) progress.accept(1);
        }
        return out;
    }
}
