package org.treatysim.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each shipped what-if runs and moves the likelihood of a treaty in the direction its header documents
 * (docs/scenarios.md), compared with the baseline on common random numbers; and the paired interval is narrower
 * than the interval the same runs would give if treated as independent.
 */
class WhatIfDirectionTest {
    static final int N = 200;
    static final MonteCarlo.Config CFG = new MonteCarlo.Config(N, 1, 2, true);
    static RunStatistics base;
    static Map<String, MetricStats> baseStats;

    @BeforeAll static void runBaseline() {
        base = MonteCarlo.run(Scenarios.load(Path.of("scenarios/baseline.yaml")), CFG, null);
        baseStats = TrajectoryStats.compute(base);
    }

    /** How a what-if is expected to move things: the sign of the effect on P(treaty by date), or on the mean hazard over a window. */
    record Expect(String file, YearMonth by, int sign, YearMonth hazFrom, YearMonth hazTo, int hazSign) {}

    static Stream<Arguments> whatifs() {
        return Stream.of(
                // 1956 accepted: a treaty far more likely in 1956-57; hazard in Aug-Nov 1956 higher
                new Expect("whatif-1956-two-islands.yaml", ym(1957, 12), +1, ym(1956, 8), ym(1956, 11), +1),
                // no Gromyko cap: Moscow can offer something in 1991-93 (the cap bound until the 1993 Tokyo Declaration)
                new Expect("whatif-1960-no-retraction.yaml", ym(2001, 12), 0, ym(1991, 4), ym(1993, 9), +1),
                new Expect("whatif-1998-kawana-accepted.yaml", ym(2001, 12), +1, ym(1998, 4), ym(2001, 12), +1),
                new Expect("whatif-2018-follow-through.yaml", ym(2021, 12), +1, ym(2019, 1), ym(2022, 2), +1),
                // no sanctions: talks stay open, so the 2022-25 hazard is above the baseline's zero (tiny: the 2020 ban stays)
                new Expect("whatif-2022-no-sanctions.yaml", ym(2025, 12), 0, ym(2022, 3), ym(2025, 12), +1),
                new Expect("whatif-2014-deep-sanctions.yaml", ym(2021, 12), 0, ym(2014, 4), ym(2016, 4), -1),
                new Expect("whatif-1991-lasting-detente.yaml", ym(2021, 12), +1, ym(2016, 5), ym(2019, 12), +1),
                new Expect("whatif-china-backs-japan.yaml", ym(2025, 12), -1, ym(1991, 1), ym(2001, 12), -1),
                new Expect("whatif-1991-buy-the-islands.yaml", ym(2001, 12), +1, ym(1993, 10), ym(1998, 12), +1)
        ).map(Arguments::of);
    }

    static YearMonth ym(int y, int m) { return YearMonth.of(y, m); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatifs")
    void movesTheLikelihoodInTheDocumentedDirection(Expect x) {
        Scenario s = Scenarios.load(Path.of("scenarios", x.file()));
        assertEquals(Path.of("scenarios/baseline.yaml").toAbsolutePath().normalize(), s.lineage().get(1), "every what-if extends the baseline");
        assertTrue(s.description().contains("Question.") && s.description().contains("What is changed.") && s.description().contains("Sources."),
                "narrative header: the question, what is changed, sources");
        MonteCarlo.Paired p = MonteCarlo.runPaired(List.of(base.scenario(), s), CFG, null);
        Map<String, MetricStats> ws = TrajectoryStats.compute(p.arms().get(1));
        org.junit.jupiter.api.Assertions.assertArrayEquals(baseStats.get(Var.TREATY_HAZARD_ANNUAL.id).p95(),
                TrajectoryStats.compute(p.arms().get(0)).get(Var.TREATY_HAZARD_ANNUAL.id).p95(), "run side by side, the base is the base run");
        PairedComparison.Result r = PairedComparison.of(p.differences().get(0), N, CFG.seed());

        int i = r.indexOf(x.by());
        double diff = r.cumulative().mean()[i];
        assertEquals(ws.get(TrajectoryStats.CUMULATIVE).mean()[i] - baseStats.get(TrajectoryStats.CUMULATIVE).mean()[i], diff, 1e-12,
                "the mean paired difference is the difference of the shares");
        if (x.sign() > 0) assertTrue(r.cumulative().low()[i] > 0, x.file() + ": P(treaty by " + x.by() + ") should rise; diff " + diff + " CI low " + r.cumulative().low()[i]);
        if (x.sign() < 0) assertTrue(r.cumulative().high()[i] < 0, x.file() + ": P(treaty by " + x.by() + ") should fall; diff " + diff + " CI high " + r.cumulative().high()[i]);
        if (x.sign() == 0) assertTrue(Math.abs(diff) < 0.05, x.file() + ": documented as a small effect by " + x.by() + ", got " + diff);
        if (x.sign() != 0) {
            // Never wider; equal only when one arm has no variance (e.g. no baseline treaty at all by 1957).
            assertTrue(r.cumulative().halfWidth(i) <= r.cumulative().unpairedHalfWidth()[i] + 1e-12,
                    "paired interval " + r.cumulative().halfWidth(i) + " should be narrower than unpaired " + r.cumulative().unpairedHalfWidth()[i]);
        }

        double hw = meanOver(ws.get(Var.TREATY_HAZARD_ANNUAL.id), s, x.hazFrom(), x.hazTo());
        double hb = meanOver(baseStats.get(Var.TREATY_HAZARD_ANNUAL.id), base.scenario(), x.hazFrom(), x.hazTo());
        if (x.hazSign() > 0) assertTrue(hw > hb, x.file() + ": mean hazard " + x.hazFrom() + ".." + x.hazTo() + " should rise: " + hw + " vs " + hb);
        else assertTrue(hw < hb, x.file() + ": mean hazard " + x.hazFrom() + ".." + x.hazTo() + " should fall: " + hw + " vs " + hb);
    }

    @Test void treatyLikelyEarlyWhenJapanAcceptsTwoIslandsIn1956() {
        MonteCarlo.Paired p = MonteCarlo.runPaired(List.of(base.scenario(), Scenarios.load(Path.of("scenarios/whatif-1956-two-islands.yaml"))), CFG, null);
        PairedComparison.Result r = PairedComparison.of(p.differences().get(0), N, CFG.seed());
        int i = r.indexOf(ym(1957, 12));
        double pBase = TrajectoryStats.compute(base).get(TrajectoryStats.CUMULATIVE).mean()[i];
        double pWhatif = pBase + r.cumulative().mean()[i];
        assertTrue(pWhatif > pBase + 0.05 && pWhatif > 5 * Math.max(pBase, 0.005),
                "by 1957-12: what-if " + pWhatif + " vs baseline " + pBase);
    }

    static double meanOver(MetricStats ms, Scenario s, YearMonth from, YearMonth to) {
        double sum = 0;
        int n = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            double h = ms.mean()[s.stepOf(m)];
            if (!Double.isNaN(h)) { sum += h; n++; }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
