package org.treatysim.scenario;

import org.treatysim.io.Node;

/**
 * A number in a scenario file: either a constant or a reference ({@code $name}) to a parameter whose
 * per-replication value is used. References are checked against the parameter file when a scenario loads.
 */
public final class NumberRef {
    private final double constant;
    private final String param;
    private final transient Node where;

    private NumberRef(double constant, String param, Node where) {
        this.constant = constant;
        this.param = param;
        this.where = where;
    }

    public static NumberRef constant(double v) { return new NumberRef(v, null, null); }
    static NumberRef param(String name, Node where) { return new NumberRef(Double.NaN, name, where); }

    /** Reads a number or a {@code $parameter} reference from a file. */
    public static NumberRef of(Node n, String expected) {
        if (n.json().isTextual() && n.json().asText().startsWith("$")) {
            String name = n.json().asText().substring(1);
            if (name.isEmpty()) throw n.error(n.path() + " names no parameter", "write $ followed by a parameter name from the parameter file");
            return NumberRef.param(name, n);
        }
        if (!n.json().isNumber()) throw n.error(n.path() + " must be a number or a $parameter reference (" + expected + "), found " + Node.kind(n.json()), "write a number, or $name of a parameter");
        return NumberRef.constant(n.asDouble(expected));
    }

    public boolean isParameter() { return param != null; }
    public String parameter() { return param; }
    Node where() { return where; }

    public double resolve(ParameterValues values) {
        return param == null ? constant : values.get(param);
    }

    /** Equal when both are the same constant or name the same parameter (where it was written is ignored). */
    @Override public boolean equals(Object o) {
        if (!(o instanceof NumberRef r)) return false;
        return java.util.Objects.equals(param, r.param) && (param != null || Double.compare(constant, r.constant) == 0);
    }

    @Override public int hashCode() {
        return param != null ? param.hashCode() : Double.hashCode(constant);
    }

    @Override public String toString() {
        return param == null ? String.valueOf(constant) : "$" + param;
    }
}
