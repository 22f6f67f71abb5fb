package org.treatysim.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Deterministic number formatting for CSV and JSON: 6 significant digits, no exponent, NaN as empty. */
public final class Decimals {
    private static final MathContext SIG6 = new MathContext(6, RoundingMode.HALF_EVEN);

    private Decimals() {}

    public static String format(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return "";
        if (x == 0) return "0";
        BigDecimal b = new BigDecimal(x).round(SIG6).stripTrailingZeros();
        if (b.scale() > 12) b = b.setScale(12, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = b.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** The value as formatted, parsed back (for JSON numbers); NaN stays NaN. */
    public static double round(double x) {
        String s = format(x);
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
