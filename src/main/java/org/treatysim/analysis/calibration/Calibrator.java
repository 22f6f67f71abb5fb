package org.treatysim.analysis.calibration;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.analysis.facts.Fact;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.experiment.Seeds;
import org.treatysim.model.ModelParams;
import org.treatysim.model.negotiation.BargainingTheories;
import org.treatysim.model.negotiation.BargainingTheory;
import org.treatysim.scenario.ParameterSet;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Fits free parameters to documented targets. The objective is the weighted sum of the facts' losses
 * ({@link Evaluation#loss}): squared errors in tolerances for series, squared relative hinge penalties for the
 * stylized facts. Every evaluation replays the scenario with the same master seed and the parameters at the
 * candidate values (no parameter draws), so candidates are compared on common random numbers and the objective is
 * a deterministic function. The search runs in the unit cube mapped onto each parameter's plausible range, with
 * Commons Math's CMA-ES or BOBYQA, from several starts: the parameters' current values first, then points drawn
 * uniformly from the ranges with a seed derived from the master seed.
 */
public final class Calibrator {
    public static final long START_STREAM = 0x43414C4942L; // "CALIB"

    public enum Method { CMAES, BOBYQA }

    /**
     * Settings. {@code evaluations} is the budget per start. {@code spread} is the calibration's uncertainty written
     * into each fitted parameter's range, as a share of its prior range either side of the fitted value; with
     * {@code draws} every evaluation draws all parameters per replication as a run does (the fitted ones within that
     * spread), so the fit is judged on what users will see; without, every replication runs at the candidate point.
     */
    public record Settings(Method method, int starts, int evaluations, int replications, long seed, int threads,
                           boolean draws, double spread) {
        public Settings {
            if (starts < 1) throw new IllegalArgumentException("--starts must be at least 1, got " + starts);
            if (evaluations < 4) throw new IllegalArgumentException("--evals must be at least 4, got " + evaluations);
            if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
            if (!(spread > 0 && spread <= 0.5)) throw new IllegalArgumentException("--spread must lie in (0, 0.5], got " + spread);
        }

        public Settings(Method method, int starts, int evaluations, int replications, long seed, int threads) {
            this(method, starts, evaluations, replications, seed, threads, false, 0.05);
        }
    }

    /** One start: where it began, where it ended, its loss and the evaluations it used. */
    public record Start(double[] initial, double[] best, double loss, int evaluations) {}

    /** The fit: the best values over all starts, its loss, the facts at the best values, and every start. */
    public record Result(List<ParameterSpec> parameters, double[] best, double loss, List<Evaluation.Row> rows,
                         List<Start> starts, int evaluations) {}

    private final Scenario scenario;
    private final List<Fact> targets;
    private final double floor;
    private final List<org.treatysim.experiment.DecisionTally.Window> windows;
    private final List<ParameterSpec> params;
    private final Settings settings;
    private int evaluations;

    public Calibrator(Scenario scenario, List<Fact> targets, List<String> names, Settings settings) {
        this(scenario, targets, org.treatysim.analysis.facts.EvalContext.DEFAULT_FLOOR, names, settings);
    }

    /** @param floor the facts file's floor (below it a hazard is no reference for a ratio) */
    public Calibrator(Scenario scenario, List<Fact> targets, double floor, List<String> names, Settings settings) {
        this.scenario = scenario;
        this.targets = List.copyOf(targets);
        this.floor = floor;
        this.windows = scenario.agents() == Scenario.Agents.DECIDE ? Evaluation.decisionWindows(targets, scenario) : List.of();
        this.settings = settings;
        if (names.isEmpty()) throw new IllegalArgumentException("no parameters to calibrate; name some with --param or mark them basis: calibrated");
        List<ParameterSpec> ps = new ArrayList<>();
        for (String n : names) {
            ParameterSpec s = scenario.parameters().spec(n);
            if (s == null) throw new IllegalArgumentException("unknown parameter " + n + " (not in " + scenario.parametersFile().getFileName() + ")");
            if (!(s.searchHigh() > s.searchLow())) throw new IllegalArgumentException("parameter " + n + " has an empty range [" + s.searchLow() + ", " + s.searchHigh() + "]; nothing to fit");
            ps.add(s);
        }
        if (settings.method() == Method.BOBYQA && ps.size() < 2) {
            throw new IllegalArgumentException("BOBYQA needs at least two parameters; use --method cmaes for one");
        }
        this.params = List.copyOf(ps);
    }

    /**
     * The coefficients the scripted null model reads (v0.1's). They keep v0.1's calibration so that the null is v0.1
     * itself; a calibration of the agent model leaves them alone.
     */
    static final java.util.Set<String> SCRIPTED = scriptedKeys();

    private static java.util.Set<String> scriptedKeys() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (org.treatysim.model.Coefficient p : org.treatysim.model.Coefficient.values()) if (p.ordinal() <= org.treatysim.model.Coefficient.TRADE_NOISE_SD.ordinal()) out.add(p.key);
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * The parameters with basis {@code calibrated} that the scenario's agents and theory read: those of the other kind
     * of agents, and those only another theory declares ({@link BargainingTheory#parameters}), are left out.
     */
    public static List<String> defaultParameters(Scenario s) {
        java.util.Set<String> read = ModelParams.read(s.bargaining());
        java.util.Set<String> otherTheories = new java.util.HashSet<>();
        for (List<String> ps : BargainingTheories.catalogue().values()) otherTheories.addAll(ps);
        otherTheories.removeAll(read);
        List<String> out = new ArrayList<>();
        for (ParameterSpec p : s.parameters().specs().values()) {
            if (!p.basis().equals("calibrated")) continue;
            if ((s.agents() == Scenario.Agents.DECIDE) == SCRIPTED.contains(p.name())) continue;
            if (otherTheories.contains(p.name())) continue;
            out.add(p.name());
        }
        return out;
    }

    /** The parameters being fitted, in order (their prior ranges bound the search). */
    public List<ParameterSpec> parameters() { return params; }

    /** Parameter values for a point of the unit cube (mapped onto each parameter's prior, else plausible, range). */
    public double[] values(double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            ParameterSpec s = params.get(i);
            v[i] = s.searchLow() + Math.max(0, Math.min(1, u[i])) * (s.searchHigh() - s.searchLow());
        }
        return v;
    }

    /** A fitted parameter as the parameter file holds it: the value, a range of +-spread of its prior, the prior. */
    public ParameterSpec fitted(ParameterSpec s, double value) {
        double lo = s.searchLow(), hi = s.searchHigh(), d = settings.spread() * (hi - lo);
        return s.withValue(value).withRange(Math.max(lo, value - d), Math.min(hi, value + d)).withPrior(lo, hi);
    }

    /** The scenario with the parameters at {@code values}. */
    public Scenario at(double[] values) {
        ParameterSet set = scenario.parameters();
        for (int i = 0; i < values.length; i++) set = set.with(fitted(params.get(i), values[i]));
        return scenario.withParameters(set);
    }

    /** Replays at the given values and scores the targets. */
    public List<Evaluation.Row> score(double[] values) {
        Scenario s = at(values);
        RunStatistics t = MonteCarlo.run(s, new MonteCarlo.Config(settings.replications(), settings.seed(), settings.threads(), settings.draws()), null, windows, null);
        return Evaluation.evaluate(targets, s, TrajectoryStats.compute(t), s.agents() == Scenario.Agents.DECIDE ? t.decisions() : null, floor);
    }

    public double loss(double[] values) {
        evaluations++;
        return Evaluation.loss(score(values));
    }

    public Result run(IntConsumer progress) {
        int d = params.size();
        List<Start> starts = new ArrayList<>();
        MersenneTwister startRng = new MersenneTwister(Seeds.derive(settings.seed(), START_STREAM));
        double[] bestU = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int k = 0; k < settings.starts(); k++) {
            double[] u0 = new double[d];
            for (int i = 0; i < d; i++) {
                ParameterSpec s = params.get(i);
                u0[i] = k == 0 ? (s.value() - s.searchLow()) / (s.searchHigh() - s.searchLow()) : startRng.nextDouble();
            }
            final double[][] localBest = {u0.clone()};
            final double[] localLoss = {Double.POSITIVE_INFINITY};
            final int[] used = {0};
            ObjectiveFunction f = new ObjectiveFunction(u -> {
                used[0]++;
                double l = loss(values(u));
                if (l < localLoss[0]) { localLoss[0] = l; localBest[0] = u.clone(); }
                if (progress != null) progress.accept(1);
                return l;
            });
            double[] lo = new double[d], hi = new double[d];
            java.util.Arrays.fill(hi, 1.0);
            try {
                if (settings.method() == Method.CMAES) {
                    double[] sigma = new double[d];
                    java.util.Arrays.fill(sigma, 0.3);
                    int lambda = 4 + (int) (3 * Math.log(d));
                    CMAESOptimizer opt = new CMAESOptimizer(settings.evaluations(), 0.0, true, 0, 0,
                            new MersenneTwister(Seeds.derive(settings.seed(), START_STREAM, k)), false, null);
                    opt.optimize(new MaxEval(settings.evaluations()), new MaxIter(settings.evaluations()), f, GoalType.MINIMIZE,
                            new InitialGuess(u0), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
                } else {
                    BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * d + 1, 0.2, 1e-4);
                    opt.optimize(new MaxEval(settings.evaluations()), f, GoalType.MINIMIZE, new InitialGuess(u0), new SimpleBounds(lo, hi));
                }
            } catch (TooManyEvaluationsException e) {
                // the budget is the stopping rule; the best point seen stands
            }
            starts.add(new Start(values(u0), values(localBest[0]), localLoss[0], used[0]));
            if (localLoss[0] < bestLoss) { bestLoss = localLoss[0]; bestU = localBest[0]; }
        }
        double[] best = values(bestU);
        return new Result(params, best, bestLoss, score(best), starts, evaluations);
    }
}
