package org.treatysim.analysis;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Metrics;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhatIfEffectTest {
    static final Scenario BASE = Scenarios.load(Path.of("scenarios/baseline.yaml")); // 1956-01 to 2025-12

    /** A paired result over the months from {@code start}: cumulative differences d, with intervals d +/- w. */
    static PairedComparison.Result result(YearMonth start, double[] d, double w) {
        int n = d.length;
        double[] lo = new double[n], hi = new double[n], un = new double[n];
        int[] count = new int[n];
        for (int m = 0; m < n; m++) { lo[m] = d[m] - w; hi[m] = d[m] + w; count[m] = 40; }
        PairedComparison.Series c = new PairedComparison.Series(Metrics.CUMULATIVE, d, lo, hi, count, un);
        PairedComparison.Series h = new PairedComparison.Series(Metrics.HAZARD, new double[n], new double[n], new double[n], count, un);
        return new PairedComparison.Result("baseline", "w", start, 40, 1, c, h);
    }

    @Test void theLargestDifferenceIsTheEarliestMonthOfTheLargestAbsoluteDifference() {
        double[] d = {0, 0.05, -0.2, -0.2, 0.1, -0.2, 0};
        WhatIfEffect.At at = WhatIfEffect.largest(result(YearMonth.of(1990, 1), d, 0.05), BASE);
        assertEquals(YearMonth.of(1990, 3), at.month());
        assertEquals(-0.2, at.diff());
        assertEquals(-0.25, at.low(), 1e-12);
        assertEquals(-0.15, at.high(), 1e-12);
    }

    @Test void aDifferenceThatReachesItsLevelEarlyIsShownWhereItGetsThere() {
        // Largest 0.32 (month 5); 90% of it is 0.288: 0.28 in month 1 falls short, 0.30 in month 2 is the first to reach it.
        WhatIfEffect.At at = WhatIfEffect.largest(result(YearMonth.of(1957, 1), new double[] {0, 0.28, 0.30, -0.31, 0.31, 0.32, 0.3}, 0.03), BASE);
        assertEquals(YearMonth.of(1957, 3), at.month());
        assertEquals(0.30, at.diff());
        assertEquals(0.32, at.top());
        assertEquals(YearMonth.of(1957, 6), at.topMonth());
        // A difference of the other sign does not count, however large.
        at = WhatIfEffect.largest(result(YearMonth.of(1957, 1), new double[] {0.39, -0.1, -0.4, -0.38}, 0.05), BASE);
        assertEquals(YearMonth.of(1957, 3), at.month());
    }

    @Test void monthsOutsideTheBaseAreNotChosenAndNoDifferenceMeansNoMonth() {
        // The what-if starts three months before the base: its largest difference there does not count.
        WhatIfEffect.At at = WhatIfEffect.largest(result(YearMonth.of(1955, 10), new double[] {0.9, 0.9, 0.9, 0.1, 0.3, 0.2}, 0.01), BASE);
        assertEquals(YearMonth.of(1956, 2), at.month());
        assertNull(WhatIfEffect.largest(result(YearMonth.of(1990, 1), new double[] {0, 0, 0}, 0), BASE));
    }

    @Test void sameOutcomesOnlyWhenEveryPairedDifferenceIsZero() {
        assertTrue(WhatIfEffect.sameOutcomes(result(YearMonth.of(1990, 1), new double[] {0, 0, 0}, 0)));
        assertFalse(WhatIfEffect.sameOutcomes(result(YearMonth.of(1990, 1), new double[] {0, 0.025, 0}, 0.02)));
        // Mean zero but an interval with width: replications differ in both directions.
        assertFalse(WhatIfEffect.sameOutcomes(result(YearMonth.of(1990, 1), new double[] {0, 0, 0}, 0.03)));
    }

    @Test void defaultDatesAreEachWhatIfsLargestDifferenceThenTheBasesEndInOrder() {
        List<PairedComparison.Result> rs = List.of(
                result(YearMonth.of(2001, 1), new double[] {0, 0.1, 0.3, 0.3}, 0.01),
                result(YearMonth.of(1956, 1), new double[] {0, 0, 0}, 0),
                result(YearMonth.of(1957, 1), new double[] {0.2, 0.1}, 0.01),
                result(YearMonth.of(2001, 1), new double[] {0, 0.1, -0.3, 0.3}, 0.01));
        assertEquals(List.of(YearMonth.of(1957, 1), YearMonth.of(2001, 3), YearMonth.of(2025, 12)), WhatIfEffect.defaultDates(BASE, rs));
        assertEquals(List.of(YearMonth.of(2025, 12)), WhatIfEffect.defaultDates(BASE, List.of()));
    }

    @Test void stateDifferencesListWhatChangedLargestShareFirst() {
        Map<String, MetricStats> b = new LinkedHashMap<>(), w = new LinkedHashMap<>();
        int n = BASE.months();
        b.put(Metrics.CUMULATIVE, stats(Metrics.CUMULATIVE, n, 0, 0));
        w.put(Metrics.CUMULATIVE, stats(Metrics.CUMULATIVE, n, 0.5, 0));
        b.put("JP.min_accept", stats("JP.min_accept", n, 4, 0));
        w.put("JP.min_accept", stats("JP.min_accept", n, 4, 0));
        b.put("RU.max_offer", stats("RU.max_offer", n, 0, 0));
        w.put("RU.max_offer", stats("RU.max_offer", n, 0, 0.5));
        b.put("JP_RU.trade_usd_bn", stats("JP_RU.trade_usd_bn", n, 10, 1));
        w.put("JP_RU.trade_usd_bn", stats("JP_RU.trade_usd_bn", n, 10, 2));
        List<WhatIfEffect.StateDifference> ds = WhatIfEffect.stateDifferences(BASE, b, BASE, w);
        assertEquals(List.of("RU.max_offer", "JP_RU.trade_usd_bn"), ds.stream().map(WhatIfEffect.StateDifference::metric).toList(),
                "treaty metrics and unchanged variables are left out; RU.max_offer moves across its whole range");
        WhatIfEffect.StateDifference offer = ds.get(0);
        assertEquals(BASE.end(), offer.month());
        assertEquals(0.5 * (n - 1) / n, offer.diff(), 1e-12);
        assertEquals(1.0, offer.share(), 1e-12);
    }

    /** level + slope x m/months in month m. */
    static MetricStats stats(String name, int months, double level, double slope) {
        double[] x = new double[months];
        for (int m = 0; m < months; m++) x[m] = level + slope * m / months;
        return new MetricStats(name, "u", x, x, x, x, x, x);
    }
}
