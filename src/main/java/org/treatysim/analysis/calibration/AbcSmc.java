package org.treatysim.analysis.calibration;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.FastMath;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.experiment.Seeds;
import org.treatysim.scenario.ParameterSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC; Beaumont, Cornuet, Marin and Robert 2009,
 * Biometrika 96(4)): a weighted sample of parameter sets whose replays lie within a shrinking distance of the
 * documented history. The distance is the calibration's loss over the targets ({@link Calibrator#loss}: the facts'
 * weighted losses, on common random numbers, with the run's parameter draws), and the prior is uniform over each
 * parameter's prior range (its plausible range if it has none).
 *
 * <ol>
 *   <li>Generation 0 draws {@code population} parameter sets from the prior and scores them; the tolerance of the
 *       next generation is the {@code quantile} of their distances.</li>
 *   <li>Each later generation proposes from the previous one: a particle picked by weight, moved by a Gaussian kernel
 *       with twice the weighted variance of each parameter (proposals outside the prior are redrawn without a
 *       replay), kept if its distance is within the tolerance, until {@code population} are kept. Weights are the
 *       prior density over the kernel mixture's density. The next tolerance is the quantile of the kept distances.</li>
 *   <li>It stops after {@code generations} generations or when the budget of replays ({@code evaluations}) runs out;
 *       a generation the budget cuts short is dropped and the last complete one is the posterior.</li>
 * </ol>
 * Proposals come from one seeded stream and are scored in order, so the posterior depends on the seed and not on the
 * thread count.
 */
public final class AbcSmc {
    public static final long STREAM = 0x414243L; // "ABC"

    /** Settings; {@code evaluations} is the total budget of scored parameter sets. */
    public record Settings(int population, int generations, int evaluations, double quantile) {
        public Settings {
            if (population < 10) throw new IllegalArgumentException("--population must be at least 10, got " + population);
            if (generations < 1) throw new IllegalArgumentException("--generations must be at least 1, got " + generations);
            if (evaluations < population) throw new IllegalArgumentException("--evals (" + evaluations + ") must cover at least one population (" + population + ")");
            if (!(quantile > 0 && quantile < 1)) throw new IllegalArgumentException("--quantile must lie in (0, 1), got " + quantile);
        }
    }

    /** One parameter set of a generation: its values, its distance to the history, its normalised weight. */
    public record Particle(double[] values, double distance, double weight) {}

    /** A finished generation: the tolerance its particles met (infinite for generation 0), what it cost, what it kept. */
    public record Generation(int index, double tolerance, int scored, int kept, double medianDistance) {
        public double acceptance() { return scored == 0 ? 0 : (double) kept / scored; }
    }

    /**
     * The posterior: the last complete generation's particles (sorted by distance), the generations, the budget used,
     * and the facts at the posterior's weighted median.
     */
    public record Result(List<ParameterSpec> parameters, List<Particle> posterior, List<Generation> generations,
                         int evaluations, boolean budgetExhausted, double[] median, List<Evaluation.Row> rowsAtMedian) {

        /** Weighted quantile {@code q} of parameter {@code i} over the posterior. */
        public double quantile(int i, double q) { return AbcSmc.weightedQuantile(posterior, i, q); }

        public double mean(int i) {
            double m = 0;
            for (Particle p : posterior) m += p.weight() * p.values()[i];
            return m;
        }

        public double sd(int i) {
            double m = mean(i), v = 0;
            for (Particle p : posterior) v += p.weight() * (p.values()[i] - m) * (p.values()[i] - m);
            return Math.sqrt(v);
        }

        /** Effective sample size of the weights, 1 / sum w^2. */
        public double effectiveSize() {
            double s = 0;
            for (Particle p : posterior) s += p.weight() * p.weight();
            return 1.0 / s;
        }
    }

    private final List<ParameterSpec> params;
    private final ToDoubleFunction<double[]> distance;
    private final Function<double[], List<Evaluation.Row>> score;
    private final Settings settings;
    private final long seed;

    /** @param calibrator supplies the distance (its loss), the parameters and their prior ranges, and the replays' settings */
    public AbcSmc(Calibrator calibrator, Settings settings, long seed) {
        this(calibrator.parameters(), calibrator::loss, calibrator::score, settings, seed);
    }

    /**
     * @param params   the parameters, whose prior ranges ({@link ParameterSpec#searchLow}..{@link ParameterSpec#searchHigh}) are the prior
     * @param distance the distance of a parameter set's replay to the history
     * @param score    the facts at a parameter set (reported at the posterior median)
     */
    public AbcSmc(List<ParameterSpec> params, ToDoubleFunction<double[]> distance, Function<double[], List<Evaluation.Row>> score,
                  Settings settings, long seed) {
        this.params = List.copyOf(params);
        this.distance = distance;
        this.score = score;
        this.settings = settings;
        this.seed = seed;
    }

    public Result run(IntConsumer progress) {
        int d = params.size(), n = settings.population();
        double[] lo = new double[d], hi = new double[d];
        for (int i = 0; i < d; i++) {
            lo[i] = params.get(i).searchLow();
            hi[i] = params.get(i).searchHigh();
        }
        MersenneTwister rng = new MersenneTwister(Seeds.derive(seed, STREAM));
        int used = 0;
        List<Generation> gens = new ArrayList<>();
        boolean exhausted = false;

        // Generation 0: the prior.
        List<Particle> pop = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) x[i] = lo[i] + rng.nextDouble() * (hi[i] - lo[i]);
            double dist = distance.applyAsDouble(x);
            used++;
            if (progress != null) progress.accept(1);
            pop.add(new Particle(x, dist, 1.0 / n));
        }
        gens.add(new Generation(0, Double.POSITIVE_INFINITY, n, n, median(pop)));

        for (int g = 1; g < settings.generations(); g++) {
            double eps = distanceQuantile(pop, settings.quantile());
            double[] sigma = kernelScales(pop, d);
            double[] cum = cumulative(pop);
            List<Particle> next = new ArrayList<>(n);
            int scored = 0;
            while (next.size() < n) {
                if (used >= settings.evaluations()) { exhausted = true; break; }
                double[] x;
                do {
                    Particle parent = pop.get(pick(cum, rng.nextDouble()));
                    x = new double[d];
                    for (int i = 0; i < d; i++) x[i] = parent.values()[i] + sigma[i] * rng.nextGaussian();
                } while (!inside(x, lo, hi));
                double dist = distance.applyAsDouble(x);
                used++;
                scored++;
                if (progress != null) progress.accept(1);
                if (dist <= eps) next.add(new Particle(x, dist, kernelWeight(x, pop, sigma)));
            }
            if (exhausted) break;
            pop = normalised(next);
            gens.add(new Generation(g, eps, scored, n, median(pop)));
        }
        List<Particle> post = new ArrayList<>(pop);
        post.sort(Comparator.comparingDouble(Particle::distance));
        post = List.copyOf(post);
        double[] med = new double[d];
        for (int i = 0; i < d; i++) med[i] = weightedQuantile(post, i, 0.5);
        return new Result(params, post, List.copyOf(gens), used, exhausted, med, score.apply(med));
    }

    private static boolean inside(double[] x, double[] lo, double[] hi) {
        for (int i = 0; i < x.length; i++) if (x[i] < lo[i] || x[i] > hi[i]) return false;
        return true;
    }

    /** Twice the weighted variance of each parameter (Beaumont et al. 2009), as a standard deviation; never 0. */
    private static double[] kernelScales(List<Particle> pop, int d) {
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            double m = 0, v = 0;
            for (Particle p : pop) m += p.weight() * p.values()[i];
            for (Particle p : pop) v += p.weight() * (p.values()[i] - m) * (p.values()[i] - m);
            s[i] = Math.max(Math.sqrt(2 * v), 1e-12);
        }
        return s;
    }

    /** Unnormalised weight of a kept proposal: uniform prior density over the kernel mixture density. */
    private static double kernelWeight(double[] x, List<Particle> pop, double[] sigma) {
        double mix = 0;
        for (Particle p : pop) {
            double logK = 0;
            for (int i = 0; i < x.length; i++) {
                double z = (x[i] - p.values()[i]) / sigma[i];
                logK -= 0.5 * z * z;
            }
            mix += p.weight() * FastMath.exp(logK);
        }
        return mix > 0 ? 1.0 / mix : 0.0;
    }

    private static List<Particle> normalised(List<Particle> ps) {
        double s = 0;
        for (Particle p : ps) s += p.weight();
        List<Particle> out = new ArrayList<>(ps.size());
        for (Particle p : ps) out.add(new Particle(p.values(), p.distance(), s > 0 ? p.weight() / s : 1.0 / ps.size()));
        return out;
    }

    private static double[] cumulative(List<Particle> pop) {
        double[] c = new double[pop.size()];
        double s = 0;
        for (int k = 0; k < c.length; k++) { s += pop.get(k).weight(); c[k] = s; }
        return c;
    }

    private static int pick(double[] cum, double u) {
        double x = u * cum[cum.length - 1];
        int k = Arrays.binarySearch(cum, x);
        if (k < 0) k = -k - 1;
        return Math.min(k, cum.length - 1);
    }

    /** The q-quantile of the distances (unweighted: the tolerance is a property of the sample). */
    static double distanceQuantile(List<Particle> pop, double q) {
        double[] d = pop.stream().mapToDouble(Particle::distance).sorted().toArray();
        int k = (int) Math.min(d.length - 1, Math.max(0, Math.ceil(q * d.length) - 1));
        return d[k];
    }

    private static double median(List<Particle> pop) { return distanceQuantile(pop, 0.5); }

    /** Weighted quantile of parameter i: the smallest value whose cumulative weight reaches q. */
    static double weightedQuantile(List<Particle> ps, int i, double q) {
        Particle[] s = ps.toArray(new Particle[0]);
        Arrays.sort(s, Comparator.comparingDouble(p -> p.values()[i]));
        double total = 0;
        for (Particle p : s) total += p.weight();
        double c = 0;
        for (Particle p : s) {
            c += p.weight();
            if (c >= q * total - 1e-15) return p.values()[i];
        }
        return s[s.length - 1].values()[i];
    }
}
