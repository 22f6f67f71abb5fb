package org.treatysim.experiment;

import org.treatysim.model.MonthObserver;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Posterior;
import org.treatysim.scenario.Scenario;

/**
 * The one place a replication is set up and run, shared by Monte Carlo runs ({@code run}, {@code compare},
 * {@code evaluate}, {@code calibrate}, the web app), sweeps, the story of one replication, the GUI and the benchmarks.
 * Replication {@code rep} of a run with master seed {@code seed} uses the model seed {@link Seeds#modelSeed} and the
 * parameter draw {@link Seeds#parameterSeed} of (seed, rep) only, so it is the same replication wherever it runs.
 * Headless runs step the model's phases in a plain loop ({@link TreatyModel#runPhasesDirectly()}, which computes the
 * same history as MASON's schedule) and leave out what only the GUI shows.
 */
public final class Replications {
    private Replications() {}

    /**
     * Replication {@code rep}'s parameter values: its draw, or the best values when {@code draw} is false; with a
     * posterior sample ({@link Scenario#posterior}), the sample's parameters then take the values of the particle
     * this replication picks (by weight, from its own seeded stream, so the pick does not depend on threads or shards
     * and every scenario of a paired comparison picks the same particle).
     */
    public static ParameterValues values(Scenario s, long seed, int rep, boolean draw) {
        ParameterDraw d = draw ? ParameterDraw.draw(s.parameters(), Seeds.parameterSeed(seed, rep)) : ParameterDraw.bestValues(s.parameters());
        Posterior p = s.posterior();
        if (p == null) return d;
        return d.with(p.names(), p.values()[p.pick(Seeds.posteriorUniform(seed, rep))]);
    }

    /** Replication {@code rep} of a run with master seed {@code seed}, as a model ready to start or to step. */
    public static TreatyModel model(Scenario s, long seed, int rep, boolean draw, MonthObserver observer) {
        return model(Seeds.modelSeed(seed, rep), s, values(s, seed, rep, draw), observer);
    }

    /** A model with an explicit model seed and parameter values (a sweep's point, the GUI's run). */
    public static TreatyModel model(long modelSeed, Scenario s, ParameterValues values, MonthObserver observer) {
        return new TreatyModel(modelSeed, s, values, observer);
    }

    /** Runs a model from its start to the end of the scenario, headless; returns it. */
    public static TreatyModel runHeadless(TreatyModel m) {
        return m.runPhasesDirectly();
    }
}
