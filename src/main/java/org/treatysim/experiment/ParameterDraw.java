package org.treatysim.experiment;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.treatysim.scenario.ParameterSet;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.ParameterValues;

import java.util.HashMap;
import java.util.Map;

/**
 * One replication's parameter values. Drawn from each parameter's plausible range (triangular around the best
 * value by default) with one uniform per parameter in file order, including fixed ones, so that scenarios which
 * override different parameters still share the draws of the rest (common random numbers).
 */
public final class ParameterDraw implements ParameterValues {
    private final Map<String, Double> values;

    private ParameterDraw(Map<String, Double> values) { this.values = values; }

    /** The best values, undrawn: what a point run or the GUI uses. */
    public static ParameterDraw bestValues(ParameterSet set) {
        Map<String, Double> m = new HashMap<>();
        for (ParameterSpec s : set.specs().values()) m.put(s.name(), s.value());
        return new ParameterDraw(m);
    }

    public static ParameterDraw draw(ParameterSet set, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        Map<String, Double> m = new HashMap<>();
        for (ParameterSpec s : set.specs().values()) {
            double u = rng.nextDouble(false, false);
            m.put(s.name(), quantile(s, u));
        }
        return new ParameterDraw(m);
    }

    /** Builds values from explicit numbers (a sweep point); names absent from {@code given} take their best value. */
    public static ParameterDraw of(ParameterSet set, Map<String, Double> given) {
        Map<String, Double> m = new HashMap<>();
        for (ParameterSpec s : set.specs().values()) m.put(s.name(), given.getOrDefault(s.name(), s.value()));
        return new ParameterDraw(m);
    }

    /** These values with {@code names.get(i)} set to {@code v[i]} (a posterior particle's values). */
    public ParameterDraw with(java.util.List<String> names, double[] v) {
        Map<String, Double> m = new HashMap<>(values);
        for (int i = 0; i < v.length; i++) m.put(names.get(i), v[i]);
        return new ParameterDraw(m);
    }

    /** The value of parameter {@code s} at probability {@code u} of its distribution. */
    public static double quantile(ParameterSpec s, double u) {
        if (!s.varies()) return s.value();
        return switch (s.distribution()) {
            case UNIFORM -> s.low() + u * (s.high() - s.low());
            case TRIANGULAR -> new TriangularDistribution(null, s.low(), s.value(), s.high()).inverseCumulativeProbability(u);
            case FIXED -> s.value();
        };
    }

    @Override public double get(String name) {
        Double v = values.get(name);
        if (v == null) throw new IllegalArgumentException("no value for parameter " + name);
        return v;
    }
}
