package org.treatysim.model;

/** Conversions between half-lives and monthly relaxation rates. */
public final class Rates {
    private Rates() {}

    /** Fraction of the remaining distance covered in one month for a half-life in months. */
    public static double perMonth(double halfLifeMonths) {
        return halfLifeMonths <= 0 ? 1.0 : 1.0 - Math.pow(0.5, 1.0 / halfLifeMonths);
    }

    /** Monthly probability to annualised: 1 - (1 - h)^12. */
    public static double annualise(double monthly) {
        return 1.0 - Math.pow(1.0 - monthly, 12);
    }
}
