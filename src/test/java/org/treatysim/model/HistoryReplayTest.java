package org.treatysim.model;

import org.junit.jupiter.api.Test;
import org.treatysim.analysis.MetricStats;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatysim.TestSupport.baselineStats;
import static org.treatysim.TestSupport.idx;
import static org.treatysim.TestSupport.max;
import static org.treatysim.TestSupport.mean;

/**
 * The baseline replay must reproduce the documented history (shared/research/events.md, "Notes for the
 * modeller"): windows in 1955-56, 1991-93, 1997-2001 and 2016-18; collapses after 1960, 2020 and 2022; no treaty
 * by 2025. 1000 replications, seed 1.
 */
class HistoryReplayTest {
    private static double[] hazard() { return baselineStats().get("treaty.hazard_annual").mean(); }

    @Test void noTreatyBy2025InTheLargeMajorityOfReplications() {
        Map<String, MetricStats> s = baselineStats();
        double p = s.get("treaty.cumulative").mean()[idx("2025-12")];
        assertTrue(p < 0.30, "P(treaty by 2025-12) = " + p + " should be well below a third");
        assertTrue(p > 0.02, "P(treaty by 2025-12) = " + p + ": the windows were real, so not zero either");
    }

    @Test void the1956WindowIsTheHighWaterMark() {
        double peak1956 = max(hazard(), "1956-01", "1956-12");
        assertTrue(peak1956 > 0.05, "1956 annual hazard peak " + peak1956);
        double after = max(hazard(), "1961-01", "2025-12");
        assertTrue(after < 0.8 * peak1956, "after 1960 the hazard (max " + after + ") must never approach its 1956 level " + peak1956);
    }

    @Test void collapsesAfterDullesAndTheGromykoMemo() {
        double peak1956 = max(hazard(), "1956-01", "1956-08");
        assertTrue(mean(hazard(), "1957-01", "1959-12") < 0.05 * peak1956, "after the Dulles intervention");
        assertTrue(max(hazard(), "1960-03", "1985-12") < 0.01 * peak1956, "after the 1960 memo: no territorial problem");
    }

    @Test void risesAround1991To93() {
        double before = mean(hazard(), "1985-01", "1990-12");
        double window = max(hazard(), "1991-01", "1994-06");
        assertTrue(window > 0.001, "1991-93 window peak " + window);
        assertTrue(window > 10 * before + 1e-6, "1991-93 " + window + " vs 1985-90 " + before);
    }

    @Test void risesAround1997To2001AboveTheMid1990s() {
        double mid90s = mean(hazard(), "1994-01", "1996-06");
        double window = max(hazard(), "1997-01", "2001-12");
        assertTrue(window > 0.01, "1997-2001 peak " + window);
        assertTrue(window > 2 * mid90s, "1997-2001 " + window + " vs 1994-96 " + mid90s);
    }

    @Test void risesAround2016To18AndCollapsesAfterThe2020Amendment() {
        double before = mean(hazard(), "2010-01", "2015-12");
        double window = max(hazard(), "2016-01", "2018-12");
        assertTrue(window > 0.01, "2016-18 peak " + window);
        assertTrue(window > 5 * before, "2016-18 " + window + " vs 2010-15 " + before);
        assertTrue(max(hazard(), "2020-09", "2021-12") < 0.1 * window, "after the July 2020 constitutional ban");
    }

    @Test void nearZeroAfterThe2022Rupture() {
        double m = max(hazard(), "2022-04", "2025-12");
        assertTrue(m < 0.001, "2022-25 hazard max " + m);
    }

    @Test void theCumulativeProbabilityNeverFalls() {
        double[] c = baselineStats().get("treaty.cumulative").mean();
        for (int i = 1; i < c.length; i++) assertTrue(c[i] >= c[i - 1], "cumulative fell at month " + i);
    }
}
