package org.treatysim.analysis;

import org.treatysim.experiment.RunStatistics;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Headline figures of a Monte Carlo run. */
public record Summary(String scenario, int replications, long seed, YearMonth end, double pTreatyByEnd,
                      double[] pTreatyByEndCi90, int signed, double meanIslandsIfSigned,
                      List<Peaks.Window> windows, double peakHazard, YearMonth peakMonth) {

    public static Summary of(RunStatistics t, Map<String, MetricStats> stats) {
        Scenario s = t.scenario();
        MetricStats cum = stats.get(Metrics.CUMULATIVE);
        MetricStats haz = stats.get(Metrics.HAZARD);
        int last = t.months() - 1;
        List<Peaks.Window> windows = Peaks.find(haz.mean(), s.start(), 36, 6, 1e-4);
        double peak = Double.NaN;
        YearMonth peakMonth = null;
        for (int m = 0; m < haz.months(); m++) {
            double h = haz.mean()[m];
            if (!Double.isNaN(h) && (Double.isNaN(peak) || h > peak)) { peak = h; peakMonth = s.monthAt(m); }
        }
        return new Summary(s.name(), Math.toIntExact(t.replications()), t.seed(), s.end(), cum.mean()[last],
                new double[] {cum.p05()[last], cum.p95()[last]}, Math.toIntExact(t.signed()), t.meanIslandsIfSigned(),
                new ArrayList<>(windows), peak, peakMonth);
    }
}
