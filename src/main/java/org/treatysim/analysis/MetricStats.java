package org.treatysim.analysis;

/** Monthly summary of one metric: mean and the 5/25/50/75/95th percentiles (NaN where undefined). */
public record MetricStats(String metric, String unit, double[] mean, double[] p05, double[] p25, double[] p50,
                          double[] p75, double[] p95) {
    public int months() { return mean.length; }
}
