package org.treatysim.gui;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.output.RunReport;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.util.List;

/**
 * Replays of the scenario run behind the Console, one month at a time in step with the run on screen, for the charts
 * a single run cannot give: what blocks a treaty (the share of replays stopped at each gate) and the share of replays
 * with a treaty by now.
 *
 * <p>Replay k is {@code treatysim run}'s replication k of the Console's seed ({@link MonteCarlo#replication}), but at
 * the parameter values of the run on screen rather than a parameter draw: every replay starts from the on-screen
 * model's values, and a value changed in the inspector during the run is copied to every replay before its next
 * month. So the replays differ from the run on screen only in their random numbers.
 */
final class ReplayBatch {
    /** The gates, in the order of {@link RunReport#GATES} (bottom band first). */
    static final List<Var> GATES = RunReport.GATES;

    private final TreatyModel[] models;
    private final ModelParams source;
    private final double[] seen;
    private final int months;

    /**
     * @param source the parameter values of the run on screen (watched for changes)
     * @param n      number of replays (0 for none)
     */
    ReplayBatch(Scenario s, long seed, int n, ModelParams source) {
        this.source = source;
        this.months = s.months();
        seen = new double[source.set().size()];
        for (int i = 0; i < seen.length; i++) seen[i] = source.value(i);
        models = new TreatyModel[Math.max(0, n)];
        for (int k = 0; k < models.length; k++) {
            TreatyModel m = MonteCarlo.replication(s, seed, k, false, null);
            copy(source, m);
            m.start();
            models[k] = m;
        }
    }

    private static void copy(ModelParams from, TreatyModel to) {
        ModelParams p = to.params();
        for (int i = 0; i < from.set().size(); i++) if (p.value(i) != from.value(i)) p.setValue(i, from.value(i));
        to.parametersChanged();
    }

    int size() { return models.length; }

    /** Replay {@code k} (tests). */
    TreatyModel replay(int k) { return models[k]; }

    /** Months each replay has completed. */
    int month() { return models.length == 0 ? 0 : models[0].month(); }

    /** Copies parameter changes made since the last month, then plays one month of every replay. */
    void step() {
        boolean changed = false;
        for (int i = 0; i < seen.length; i++) {
            double v = source.value(i);
            if (Double.compare(v, seen[i]) != 0) {
                seen[i] = v;
                changed = true;
                for (TreatyModel m : models) m.params().setValue(i, v);
            }
        }
        for (TreatyModel m : models) {
            if (changed) m.parametersChanged();
            if (m.month() < months) m.schedule.step(m);
        }
    }

    /** Replays with a treaty signed by now. */
    int signed() {
        int n = 0;
        for (TreatyModel m : models) if (m.signedStep() >= 0) n++;
        return n;
    }

    /**
     * For the month just played: the share of the replays that had no treaty at its start stopped at each gate
     * (in the order of {@link #GATES}), or all NaN if there were none. The shares sum to 1.
     */
    double[] gateShares() {
        double[] out = new double[GATES.size()];
        int live = 0;
        for (TreatyModel m : models) {
            if (m.state() == null || m.month() == 0) continue;
            boolean counted = false;
            for (int g = 0; g < out.length; g++) {
                double x = m.state().get(GATES.get(g));
                if (Double.isNaN(x)) continue;
                out[g] += x;
                counted = true;
            }
            if (counted) live++;
        }
        for (int g = 0; g < out.length; g++) out[g] = live == 0 ? Double.NaN : out[g] / live;
        return out;
    }
}
