package org.treatysim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bueno de Mesquita's expected-utility model of group decisions on one issue axis, as reconstructed by
 * Scholz, Calbert and Smith (2011), "Unravelling Bueno De Mesquita's group decision model". Pure and
 * deterministic: positions, capabilities and saliences in, positions round by round out. Used by
 * {@link ExpectedUtilityTheory} each month and by the {@code bargain} command on its own.
 *
 * <p>Every choice where the printed equations are ambiguous is listed in docs/theories.md; the code follows
 * the reading that reproduces the paper's Table 2 most closely. In short:
 * <ul>
 *   <li>R, the range of the axis, is the spread of the initial positions and stays fixed over the rounds;</li>
 *   <li>the median is the Condorcet winner among the actors' current positions under linear utility
 *       (pairwise votes weighted by capability x salience, eq. 29), i.e. the weighted median;</li>
 *   <li>the probability that i prevails over j (eq. 30/31) divides the votes for i by the sum of the absolute
 *       votes over all actors and all ordered pairs of positions (the normalisation of Scholz et al.'s
 *       own program, which makes the probabilities small);</li>
 *   <li>each actor evaluates every dyad with its own risk exponent, and an actor's security is the sum of the
 *       expected utilities the others have from challenging it, computed with r = 1 (eq. 32-34);</li>
 *   <li>actor i takes, from the offers it receives, a confrontation it loses (moving fully to the challenger)
 *       before a compromise (eq. 35/36) before a capitulation; among confrontations and capitulations the
 *       one that moves it least; among compromises the one whose EU-weighted meeting point is lowest
 *       (again Scholz et al.'s program); all actors move simultaneously.</li>
 * </ul>
 */
public final class ExpectedUtilityModel {
    /** One actor: capability (any positive scale), position on the axis, salience in [0, 1]. */
    public record Actor(String name, double capability, double position, double salience) {
        public Actor {
            if (!(capability >= 0) || !Double.isFinite(capability)) throw new IllegalArgumentException("capability of " + name + " must be a finite number >= 0, got " + capability);
            if (!Double.isFinite(position)) throw new IllegalArgumentException("position of " + name + " must be a finite number, got " + position);
            if (!(salience >= 0 && salience <= 1)) throw new IllegalArgumentException("salience of " + name + " must lie in [0, 1], got " + salience);
        }
    }

    /** One round's result: the positions after the round, their weighted median and weighted mean. */
    public record Round(int round, double[] positions, double median, double mean) {}

    private final String[] names;
    private final double[] c, s;
    private final double q;
    private final double range;
    private double[] x;

    /**
     * @param q probability that the status quo holds when i does not challenge j (Scholz et al. use 1.0 for the
     *          worked example; 0.5 is the other value they discuss)
     */
    public ExpectedUtilityModel(List<Actor> actors, double q) {
        if (actors.size() < 2) throw new IllegalArgumentException("the expected-utility model needs at least two actors, got " + actors.size());
        if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("q must lie in [0, 1], got " + q);
        int n = actors.size();
        names = new String[n];
        c = new double[n];
        s = new double[n];
        x = new double[n];
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            names[i] = a.name();
            c[i] = a.capability();
            s[i] = a.salience();
            x[i] = a.position();
        }
        this.q = q;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : x) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        this.range = hi - lo;
    }

    public String[] names() { return names.clone(); }
    public double[] positions() { return x.clone(); }

    /** Runs {@code rounds} rounds; element 0 of the result is the input. */
    public List<Round> run(int rounds) {
        if (rounds < 0) throw new IllegalArgumentException("rounds must be >= 0, got " + rounds);
        List<Round> out = new ArrayList<>(rounds + 1);
        out.add(new Round(0, x.clone(), median(), mean()));
        for (int t = 1; t <= rounds; t++) {
            step();
            out.add(new Round(t, x.clone(), median(), mean()));
        }
        return out;
    }

    /** Capability x salience weighted median: the Condorcet winner among the current positions. */
    public double median() {
        int n = x.length;
        double m = x[0];
        for (int k = 1; k < n; k++) {
            double p = x[k];
            if (p == m) continue;
            double votes = 0;
            for (int i = 0; i < n; i++) votes += c[i] * s[i] * (Math.abs(x[i] - m) - Math.abs(x[i] - p));
            if (votes > 0) m = p;
        }
        return m;
    }

    /** Capability x salience weighted mean of the current positions. */
    public double mean() {
        double num = 0, den = 0;
        for (int i = 0; i < x.length; i++) { num += c[i] * s[i] * x[i]; den += c[i] * s[i]; }
        return den > 0 ? num / den : Arrays.stream(x).average().orElse(Double.NaN);
    }

    /** One round: risk exponents, expected utilities, offers, simultaneous moves. */
    public void step() {
        int n = x.length;
        if (range <= 0) return; // everyone agrees: nothing to bargain over
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double voteNorm = voteNormaliser();
        double[] danger = new double[n];
        double med = median();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) if (j != i) danger[i] += eu(1.0, j, i, med, voteNorm);
        }
        double mx = Arrays.stream(danger).max().orElse(0), mn = Arrays.stream(danger).min().orElse(0);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double big = mx > mn ? (2 * danger[i] - mx - mn) / (mx - mn) : 0.0;
            r[i] = (1 - big / 3) / (1 + big / 3);
        }
        double[] next = x.clone();
        for (int i = 0; i < n; i++) {
            double bestConf = Double.NaN, bestConfMove = Double.POSITIVE_INFINITY;
            double bestComp = Double.NaN, bestCompKey = Double.POSITIVE_INFINITY;
            double bestCap = Double.NaN, bestCapMove = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (x[i] == x[j]) continue;
                double a = eu(r[i], i, j, med, voteNorm); // i's expected utility of challenging j, as i sees it
                double b = eu(r[i], j, i, med, voteNorm); // j's expected utility of challenging i, as i sees it
                if (b > a && a > 0) { // confrontation i expects to lose: i moves to j
                    double move = Math.abs(x[j] - x[i]);
                    if (move < bestConfMove) { bestConfMove = move; bestConf = x[j]; }
                } else if (b > 0 && a < 0 && b > -a) { // compromise, j has the upper hand (eq. 36)
                    double pos = x[i] + (x[j] - x[i]) * Math.abs(a / b);
                    double key = (Math.abs(a) * x[i] + Math.abs(b) * x[j]) / (Math.abs(a) + Math.abs(b));
                    if (key < bestCompKey) { bestCompKey = key; bestComp = pos; }
                } else if (b > 0 && a < 0 && b < -a) { // capitulation (compel): i moves fully to j
                    double move = Math.abs(x[j] - x[i]);
                    if (move < bestCapMove) { bestCapMove = move; bestCap = x[j]; }
                }
            }
            if (!Double.isNaN(bestConf)) next[i] = bestConf;
            else if (!Double.isNaN(bestComp)) next[i] = bestComp;
            else if (!Double.isNaN(bestCap)) next[i] = bestCap;
        }
        x = next;
    }

    private double vote(int k, double xj, double xk) {
        return c[k] * s[k] * (Math.abs(x[k] - xk) - Math.abs(x[k] - xj)) / range;
    }

    private double voteNormaliser() {
        int n = x.length;
        double sum = 0;
        for (int k = 0; k < n; k++) for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) sum += Math.abs(vote(k, x[a], x[b]));
        return sum;
    }

    /** Probability that position x_i prevails over x_j (eq. 30/31 with the program's normalisation). */
    double probability(int i, int j, double norm) {
        if (x[i] == x[j] || norm <= 0) return 0.0;
        double sum = 0;
        for (int k = 0; k < x.length; k++) sum += Math.max(0.0, vote(k, x[i], x[j]));
        return sum / norm;
    }

    /** Expected utility to i of challenging j (eq. 5-7, 15, 16, 22-24), with risk exponent {@code r}. */
    double eu(double r, int i, int j, double med, double norm) {
        double p = probability(i, j, norm);
        double d = Math.abs(x[i] - x[j]) / range;
        double us = 2 - 4 * Math.pow(0.5 - 0.5 * d, r);
        double uf = 2 - 4 * Math.pow(0.5 + 0.5 * d, r);
        double usq = 2 - 4 * Math.pow(0.5, r);
        double noChallenge = q * usq;
        if (q < 1) {
            double dm = (Math.abs(x[i] - med) + Math.abs(x[i] - x[j])) / range;
            double ub = 2 - 4 * Math.pow(Math.max(0, 0.5 - 0.25 * dm), r);
            double uw = 2 - 4 * Math.pow(0.5 + 0.25 * dm, r);
            boolean better = Math.abs(x[i] - med) < Math.abs(x[i] - x[j]);
            noChallenge += (1 - q) * (better ? ub : uw);
        }
        return s[j] * (p * us + (1 - p) * uf) + (1 - s[j]) * us - noChallenge;
    }
}
