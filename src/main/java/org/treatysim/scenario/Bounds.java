package org.treatysim.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical bounds of a parameter: the values it can take at all, as opposed to its plausible range (where the
 * evidence puts it). A monthly probability lies in [0, 1] whatever the evidence says; a half-life must be above 0.
 * Bounds are derived from the parameter's unit ({@link #of}), or from the state variable an {@code init.*} parameter
 * sets; a parameter file may state them explicitly ({@code bounds: "(0, 4]"}) where its unit cannot imply them.
 * Values, plausible ranges, scenario overrides and sweep ranges must all lie within them.
 *
 * @param why what the bounds come from, for messages ("unit 'per month': a monthly probability")
 */
public record Bounds(double low, boolean lowOpen, double high, boolean highOpen, String why) {
    /** No bounds: any finite number. */
    public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, "no physical bounds");

    private static final Pattern INTERVAL = Pattern.compile(
            "\\s*([\\[(])\\s*(-?inf|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*,\\s*(-?inf|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([\\])])\\s*");

    public boolean contains(double v) {
        return (lowOpen ? v > low : v >= low) && (highOpen ? v < high : v <= high);
    }

    public boolean isNone() {
        return low == Double.NEGATIVE_INFINITY && high == Double.POSITIVE_INFINITY;
    }

    /** Interval notation: "[0, 1]", "(0, inf)". */
    @Override public String toString() {
        return (lowOpen ? "(" : "[") + num(low) + ", " + num(high) + (highOpen ? ")" : "]");
    }

    private static String num(double v) {
        if (v == Double.POSITIVE_INFINITY) return "inf";
        if (v == Double.NEGATIVE_INFINITY) return "-inf";
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * Parses interval notation: {@code [low, high]} closed, {@code (low, high)} open, mixed, with {@code inf} and
     * {@code -inf} for no bound. Returns null if {@code text} is not an interval.
     */
    public static Bounds parse(String text, String why) {
        Matcher m = INTERVAL.matcher(text);
        if (!m.matches()) return null;
        double lo = value(m.group(2)), hi = value(m.group(3));
        return new Bounds(lo, m.group(1).equals("(") || lo == Double.NEGATIVE_INFINITY, hi, m.group(4).equals(")") || hi == Double.POSITIVE_INFINITY, why);
    }

    private static double value(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** True if no number satisfies the bounds. */
    public boolean isEmpty() {
        return low > high || (low == high && (lowOpen || highOpen));
    }

    /**
     * The bounds a parameter's unit implies (see docs/scenario-format.md, "Physical bounds"); for an {@code init.X}
     * parameter, the scale of state variable X. Units that imply nothing (coefficients such as "islands per unit
     * pressure") give {@link #NONE}.
     */
    public static Bounds of(String name, String unit) {
        if (name.startsWith("init.")) {
            Var v = Var.byId(name.substring(5));
            if (v != null) return new Bounds(v.min, false, v.max, false, "the scale of the state variable " + v.id);
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        String why = "unit '" + unit + "'";
        boolean per = u.contains(" per ") || u.startsWith("per ") && !u.equals("per month");
        if (u.equals("per month")) return closed(0, 1, why + ": a monthly probability");
        if (u.equals("probability")) return closed(0, 1, why + ": a probability");
        if ((u.equals("share") || u.startsWith("share ")) && !per) return closed(0, 1, why + ": a share of a whole");
        if (u.equals("%")) return closed(0, 100, why + ": a percentage");
        if (u.startsWith("% points") && !per) return closed(-100, 100, why + ": a difference of percentages");
        if (u.equals("%/yr")) return new Bounds(-100, true, Double.POSITIVE_INFINITY, true, why + ": a yearly growth rate, above -100%");
        if (u.equals("months")) return new Bounds(0, true, Double.POSITIVE_INFINITY, true, why + ": a time constant, above 0");
        if (u.equals("islands")) return closed(0, 4, why + ": a point on the 0-4 island axis");
        if (u.equals("usd bn") || u.equals("usd bn/yr")) return new Bounds(0, false, Double.POSITIVE_INFINITY, true, why + ": an amount of money, at least 0");
        if (u.startsWith("incidents")) return new Bounds(0, false, Double.POSITIVE_INFINITY, true, why + ": a rate of events, at least 0");
        if (u.startsWith("rounds")) return new Bounds(1, false, Double.POSITIVE_INFINITY, true, why + ": a count of rounds, at least 1");
        return NONE;
    }

    private static Bounds closed(double lo, double hi, String why) {
        return new Bounds(lo, false, hi, false, why);
    }
}
