package org.treatysim.scenario;

/**
 * One model parameter as the parameter file declares it.
 *
 * @param name         dotted name, e.g. {@code negotiation.h_max}
 * @param value        the best estimate, used by point runs and as the mode of the Monte Carlo draw
 * @param unit         its unit, e.g. "per month", "islands", "% points"
 * @param low          lower end of the plausible range
 * @param high         upper end of the plausible range
 * @param distribution how replications draw it: {@code triangular} (low, value, high), {@code uniform}, or {@code fixed}
 * @param basis        {@code sourced} (a documented value), {@code judgement} (an analyst's reading of the sources) or {@code calibrated} (fitted to documented targets)
 * @param source       seed file names and/or public addresses; for calibrated parameters the targets
 * @param description  what it means
 * @param bounds       its physical bounds (from its unit, or stated in the file), which value and range must respect
 * @param priorLow     for a calibrated parameter, the lower end of the prior range the fit searched (NaN if none):
 *                     its {@code range} is then the calibration's uncertainty around the fitted value
 * @param priorHigh    the upper end of that prior range (NaN if none)
 */
public record ParameterSpec(String name, double value, String unit, double low, double high,
                            Distribution distribution, String basis, String source, String description, Bounds bounds,
                            double priorLow, double priorHigh) {

    /** A parameter whose physical bounds are those its unit implies ({@link Bounds#of}), without a prior. */
    public ParameterSpec(String name, double value, String unit, double low, double high,
                         Distribution distribution, String basis, String source, String description) {
        this(name, value, unit, low, high, distribution, basis, source, description, Bounds.of(name, unit));
    }

    /** A parameter with stated physical bounds, without a prior. */
    public ParameterSpec(String name, double value, String unit, double low, double high,
                         Distribution distribution, String basis, String source, String description, Bounds bounds) {
        this(name, value, unit, low, high, distribution, basis, source, description, bounds, Double.NaN, Double.NaN);
    }

    public boolean hasPrior() { return !Double.isNaN(priorLow); }

    /** Where a calibration searches: the prior range if the file gives one, else the plausible range. */
    public double searchLow() { return hasPrior() ? priorLow : low; }

    public double searchHigh() { return hasPrior() ? priorHigh : high; }

    public ParameterSpec withPrior(double lo, double hi) {
        return new ParameterSpec(name, value, unit, low, high, distribution, basis, source, description, bounds, lo, hi);
    }

    public enum Distribution {
        TRIANGULAR, UNIFORM, FIXED;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public ParameterSpec withValue(double v) {
        return new ParameterSpec(name, v, unit, low, high, distribution, basis, source, description, bounds, priorLow, priorHigh);
    }

    public ParameterSpec withRange(double lo, double hi) {
        return new ParameterSpec(name, value, unit, lo, hi, distribution, basis, source, description, bounds, priorLow, priorHigh);
    }

    public ParameterSpec withDistribution(Distribution d) {
        return new ParameterSpec(name, value, unit, low, high, d, basis, source, description, bounds, priorLow, priorHigh);
    }

    public ParameterSpec withSource(String basis, String src) {
        return new ParameterSpec(name, value, unit, low, high, distribution, basis, src, description, bounds, priorLow, priorHigh);
    }

    public boolean varies() { return distribution != Distribution.FIXED && high > low; }
}
