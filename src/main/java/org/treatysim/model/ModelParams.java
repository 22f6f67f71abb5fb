package org.treatysim.model;

import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter values one model run uses: the coefficients of {@link P} and the initial state
 * ({@code init.<variable>}) for every variable events may write. Values may be changed between steps
 * (the GUI's inspector does), never by the model itself.
 */
public final class ModelParams implements ParameterValues {
    private final double[] coef = new double[P.COUNT];
    private final double[] init = new double[Var.COUNT];
    private final ParameterValues source;

    public ModelParams(ParameterValues source) {
        this.source = source;
        for (P p : P.values()) coef[p.ordinal()] = source.get(p.key);
        for (Var v : Var.values()) {
            init[v.ordinal()] = v.writable() ? source.get(initKey(v)) : 0.0;
        }
    }

    public static String initKey(Var v) { return "init." + v.id; }

    /** Every parameter name the model reads, coefficients first, then initial values. */
    public static List<String> requiredNames() {
        List<String> out = new ArrayList<>();
        for (P p : P.values()) out.add(p.key);
        for (Var v : Var.values()) if (v.writable()) out.add(initKey(v));
        return out;
    }

    public double get(P p) { return coef[p.ordinal()]; }
    public void set(P p, double value) { coef[p.ordinal()] = value; }
    public double init(Var v) { return init[v.ordinal()]; }

    /** Values of parameters referenced by events ({@code $name}); those are read from the source as drawn. */
    @Override public double get(String name) {
        for (P p : P.values()) if (p.key.equals(name)) return coef[p.ordinal()];
        return source.get(name);
    }
}
