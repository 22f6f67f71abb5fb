package org.treatysim.model.decision;

/**
 * The additive terms of a utility or target, kept with their names so that a decision can say what drove it. A rule
 * adds each term's contribution (coefficient x state); {@link #sum()} is the total. Reused every month, allocates
 * nothing.
 */
public final class Terms {
    private static final int MAX = 16;
    private final String[] names = new String[MAX];
    private final double[] values = new double[MAX];
    private int n;
    private double sum;

    public Terms reset() {
        n = 0;
        sum = 0;
        return this;
    }

    /** Adds a named contribution; returns it. */
    public double add(String name, double contribution) {
        if (n < MAX) {
            // A rule adds the same terms in the same order every month: store a name only when it changes (a reference
            // store costs a GC write barrier, a comparison does not).
            if (names[n] != name) names[n] = name;
            values[n] = contribution;
            n++;
        }
        sum += contribution;
        return contribution;
    }

    public double sum() { return sum; }

    /** The name rules give their constant term; a cause names it only when no state term pushed the way chosen. */
    public static final String STANDING = "standing disposition";

    /**
     * The state term that pushed hardest in direction {@code sign} (+1 toward the option chosen being higher or on,
     * -1 lower or off), in words with its contribution, e.g. "US sanctions x alliance (+1.20)"; the constant term if
     * no state term pushed that way; if no term at all did, the draw went against the odds: "chance, against" the
     * term that weighed most against it.
     */
    public String cause(int sign) {
        int best = -1;
        for (int i = 0; i < n; i++) {
            if (names[i] == STANDING) continue;
            if (values[i] * sign > 0 && (best < 0 || values[i] * sign > values[best] * sign)) best = i;
        }
        for (int i = 0; i < n && best < 0; i++) if (values[i] * sign > 0) best = i;
        if (best >= 0) return names[best] + " (" + signed2(values[best]) + ")";
        // Nothing pushed that way: the draw went against the odds; name what weighed most against it.
        for (int i = 0; i < n; i++) if (best < 0 || Math.abs(values[i]) > Math.abs(values[best])) best = i;
        if (best < 0) return "chance";
        return "chance, against " + names[best] + " (" + signed2(values[best]) + ")";
    }

    /**
     * {@code x} with a sign and two decimals, as {@code String.format("%+.2f")} writes it but without its parsing cost
     * (this runs for every decision of every replication): -0.004 gives "-0.00", 1.005 gives "+1.01" or "+1.00" as the
     * double's binary value falls.
     */
    static String signed2(double x) {
        if (Double.isNaN(x)) return "NaN";
        long c = Math.round(Math.abs(x) * 100.0);
        long whole = c / 100, frac = c % 100;
        return (x < 0 || (x == 0 && 1 / x < 0) ? "-" : "+") + whole + "." + (frac < 10 ? "0" : "") + frac;
    }
}
