package org.treatysim.model;

import org.treatysim.scenario.ParameterSet;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter values one model run uses, held in an array in the parameter file's order: the coefficients of
 * {@link Coefficient}, the decision rules' and theories' parameters (bound by index, see {@link #index(String)}), and the
 * initial state ({@code init.<variable>}) of every variable events may write. Values may be changed between steps
 * (the GUI's inspector does), never by the model itself.
 */
public final class ModelParams implements ParameterValues {
    private final ParameterSet set;
    private final double[] values;
    private final double[] coef = new double[Coefficient.COUNT];
    private final int[] coefIndex = new int[Coefficient.COUNT];
    private final double[] init = new double[Var.COUNT];

    /** @param set the scenario's parameters (names, order, ranges); @param source this run's values of them */
    public ModelParams(ParameterSet set, ParameterValues source) {
        this.set = set;
        List<String> names = set.names();
        values = new double[names.size()];
        for (int i = 0; i < values.length; i++) values[i] = source.get(names.get(i));
        for (Coefficient p : Coefficient.values()) {
            int i = set.indexOf(p.key);
            coefIndex[p.ordinal()] = i;
            coef[p.ordinal()] = i >= 0 ? values[i] : source.get(p.key);
        }
        for (Var v : Var.values()) {
            if (!v.writable()) continue;
            int i = set.indexOf(initKey(v));
            init[v.ordinal()] = i >= 0 ? values[i] : source.get(initKey(v));
        }
    }

    public static String initKey(Var v) { return "init." + v.id; }

    /** Every parameter name the model's own dynamics read: coefficients first, then initial values. */
    public static List<String> requiredNames() {
        List<String> out = new ArrayList<>();
        for (Coefficient p : Coefficient.values()) out.add(p.key);
        for (Var v : Var.values()) if (v.writable()) out.add(initKey(v));
        return out;
    }

    /**
     * Every parameter the model reads when a scenario uses theory {@code bargaining}: the agents' and the scripted
     * null's coefficients ({@link Coefficient}), the initial values, the decision rules', the protocol's, the domestic level's
     * and the theory's own.
     */
    public static java.util.Set<String> read(String bargaining) {
        java.util.Set<String> needed = new java.util.LinkedHashSet<>(requiredNames());
        needed.addAll(org.treatysim.model.decision.Decisions.parameters());
        needed.addAll(org.treatysim.model.negotiation.Protocol.PARAMETERS);
        needed.addAll(org.treatysim.model.negotiation.BargainingTheories.parameters(bargaining));
        needed.addAll(org.treatysim.model.negotiation.DomesticLevel.PARAMETERS);
        return java.util.Collections.unmodifiableSet(needed);
    }

    public ParameterSet set() { return set; }

    public double get(Coefficient p) { return coef[p.ordinal()]; }

    public void set(Coefficient p, double value) {
        coef[p.ordinal()] = value;
        int i = coefIndex[p.ordinal()];
        if (i >= 0) values[i] = value;
    }

    public double init(Var v) { return init[v.ordinal()]; }

    /** Index of a parameter for {@link #value(int)}; fails with the name if the parameter file lacks it. */
    public int index(String name) {
        int i = set.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("the parameter file lacks " + name);
        return i;
    }

    public double value(int index) { return values[index]; }

    /** Changes a parameter between steps (the GUI); P coefficients stay in step. */
    public void setValue(int index, double value) {
        values[index] = value;
        String name = set.names().get(index);
        for (Coefficient p : Coefficient.values()) if (p.key.equals(name)) coef[p.ordinal()] = value;
    }

    /** Values of parameters referenced by events ({@code $name}) and by rules, by name. */
    @Override public double get(String name) {
        int i = set.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no value for parameter " + name);
        return values[i];
    }
}
