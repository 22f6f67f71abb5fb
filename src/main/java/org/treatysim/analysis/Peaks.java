package org.treatysim.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Windows of opportunity: local maxima of the mean annualised hazard, each with the contiguous span of months
 * around it where the hazard stays at or above half its peak.
 */
public final class Peaks {
    private Peaks() {}

    public record Window(YearMonth peak, double peakHazard, YearMonth from, YearMonth to) {}

    /**
     * @param hazard      mean annualised hazard per month (NaN where undefined)
     * @param start       month of index 0
     * @param minSeparation months two reported peaks must be apart
     * @param max         most windows to report, highest first
     * @param floor       ignore peaks below this hazard
     */
    public static List<Window> find(double[] hazard, YearMonth start, int minSeparation, int max, double floor) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < hazard.length; i++) {
            double h = hazard[i];
            if (!(h >= floor)) continue;
            double prev = i > 0 ? hazard[i - 1] : Double.NEGATIVE_INFINITY;
            double next = i + 1 < hazard.length ? hazard[i + 1] : Double.NEGATIVE_INFINITY;
            if (h >= nan0(prev) && h > nan0(next)) candidates.add(i);
        }
        candidates.sort(Comparator.comparingDouble((Integer i) -> -hazard[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        for (int c : candidates) {
            boolean ok = true;
            for (int s : chosen) if (Math.abs(s - c) < minSeparation) { ok = false; break; }
            if (ok) chosen.add(c);
            if (chosen.size() == max) break;
        }
        List<Window> out = new ArrayList<>();
        for (int c : chosen) {
            double half = hazard[c] / 2;
            int a = c, b = c;
            while (a > 0 && hazard[a - 1] >= half) a--;
            while (b + 1 < hazard.length && hazard[b + 1] >= half) b++;
            out.add(new Window(start.plusMonths(c), hazard[c], start.plusMonths(a), start.plusMonths(b)));
        }
        return out;
    }

    private static double nan0(double x) { return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x; }
}
