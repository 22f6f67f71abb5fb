package org.treatysim.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatysim.experiment.DecisionTally;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each shipped what-if intervenes on a decision (or changes a shock) and the agents decide the rest: the test checks
 * that the consequences propagate in the direction the what-if's header documents (docs/scenarios.md), on common
 * random numbers with the baseline. Three kinds of expectation:
 * <ul>
 *   <li>the chance of a treaty by a date rises or falls (the paired 95% interval excludes zero), or stays put;</li>
 *   <li>a downstream decision the what-if does not touch fires in fewer or more replications within a window;</li>
 *   <li>the mean annual hazard over a window rises or falls.</li>
 * </ul>
 */
class WhatIfDirectionTest {
    static final int N = 300;
    static final MonteCarlo.Config CFG = new MonteCarlo.Config(N, 1, 2, true);
    static Scenario base;

    @BeforeAll static void load() { base = Scenarios.load(Path.of("scenarios/baseline.yaml")); }

    sealed interface Check permits Cum, Dec, Haz {}

    /** P(treaty by {@code by}) moves with {@code sign} (+1 up, -1 down, 0 within 0.05). */
    record Cum(YearMonth by, int sign) implements Check {}

    /** Decision {@code key} fires within from..to in a share of replications that moves with {@code sign} by at least {@code min}. */
    record Dec(String key, YearMonth from, YearMonth to, int sign, double min) implements Check {}

    /** The mean annual hazard over from..to moves with {@code sign}. */
    record Haz(YearMonth from, YearMonth to, int sign) implements Check {}

    record Expect(String file, List<Check> checks) {
        @Override public String toString() { return file; }
    }

    static YearMonth ym(String s) { return YearMonth.parse(s); }

    static Stream<Arguments> whatifs() {
        return Stream.of(EXPECTATIONS).map(Arguments::of);
    }

    static final Expect[] EXPECTATIONS = {
            // No Dulles: Washington may not press in 1956-72; a treaty becomes likelier in 1956-57.
            new Expect("whatif-1956-no-dulles.yaml", List.of(new Cum(ym("1957-12"), +1), new Haz(ym("1956-08"), ym("1957-12"), +1))),
            // Tokyo takes the offer: treaties in 1956-57 in many replications, though Washington blocks some.
            new Expect("whatif-1956-two-islands.yaml", List.of(new Cum(ym("1957-12"), +1),
                    new Dec("treaty=signed", ym("1956-08"), ym("1957-12"), +1, 0.2),
                    new Dec("US.block=block", ym("1956-08"), ym("1957-12"), +1, 0.03))),
            // No legal bar from 1960: Moscow is slower to declare "no problem" and keeps the 1956 basis more often.
            new Expect("whatif-1960-no-retraction.yaml", List.of(new Cum(ym("2001-12"), +1),
                    new Dec("RU.declared_offer=no-dispute", ym("1960-01"), ym("1963-12"), -1, 0.1),
                    new Dec("RU.declared_offer=1956-basis", ym("1960-01"), ym("1991-12"), +1, 0.3))),
            // Money on the table: Moscow's position and joint activity follow, and a treaty becomes likelier.
            new Expect("whatif-1991-buy-the-islands.yaml", List.of(new Cum(ym("2001-12"), +1),
                    new Dec("RU.declared_offer=1956-basis", ym("1991-04"), ym("1998-12"), +1, 0.1),
                    new Dec("RU.joint_activity=offered", ym("1991-04"), ym("1998-12"), +1, 0.1))),
            // Lasting detente (a shock): no sanctions after 2014, talks stay open, a treaty likelier by 2021.
            new Expect("whatif-1991-lasting-detente.yaml", List.of(new Cum(ym("2001-12"), 0), new Cum(ym("2021-12"), +1),
                    new Dec("RU.talks=suspended", ym("2014-01"), ym("2021-12"), -1, 0.2))),
            // Yeltsin accepts at Kawana: treaties in 1998.
            new Expect("whatif-1998-kawana-accepted.yaml", List.of(new Cum(ym("2001-12"), +1),
                    new Dec("treaty=signed", ym("1998-04"), ym("1998-12"), +1, 0.15))),
            // Deep sanctions after Crimea: Moscow retaliates and suspends the talks; fewer rounds.
            new Expect("whatif-2014-deep-sanctions.yaml", List.of(new Cum(ym("2025-12"), 0),
                    new Dec("RU.retaliate=retaliate", ym("2014-03"), ym("2016-12"), +1, 0.2),
                    new Dec("RU.talks=suspended", ym("2014-03"), ym("2016-12"), +1, 0.3),
                    new Dec("JP_RU.round=meet", ym("2014-03"), ym("2016-12"), -1, 0.2))),
            // Singapore followed through: more rounds, some treaties by 2021.
            new Expect("whatif-2018-follow-through.yaml", List.of(new Cum(ym("2021-12"), +1),
                    new Dec("JP_RU.round=meet", ym("2018-11"), ym("2021-12"), +1, 0.1))),
            // No Japanese sanctions in 2022: Moscow neither retaliates nor suspends the talks; the 2020 ban still blocks a treaty.
            new Expect("whatif-2022-no-sanctions.yaml", List.of(new Cum(ym("2025-12"), 0),
                    new Dec("RU.retaliate=retaliate", ym("2022-02"), ym("2023-12"), -1, 0.1),
                    new Dec("RU.talks=suspended", ym("2022-02"), ym("2023-12"), -1, 0.2))),
            // China keeps backing Japan: a Soviet concession sets a precedent; the 1990s window narrows.
            new Expect("whatif-china-backs-japan.yaml", List.of(new Haz(ym("1991-01"), ym("2001-12"), -1)))
    };

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatifs")
    void theInterventionPropagatesInTheDocumentedDirection(Expect x) {
        Scenario s = Scenarios.load(Path.of("scenarios", x.file()));
        assertEquals(Path.of("scenarios/baseline.yaml").toAbsolutePath().normalize(), s.lineage().get(1), "every what-if extends the baseline");
        assertTrue(s.description().contains("Question.") && s.description().contains("What is changed.") && s.description().contains("Sources."),
                "narrative header: the question, what is changed, sources");
        List<DecisionTally.Window> windows = new ArrayList<>();
        for (Check c : x.checks()) {
            if (c instanceof Dec d) windows.add(new DecisionTally.Window(d.key(), base.stepOf(d.from()), base.stepOf(d.to())));
        }
        MonteCarlo.Paired p = MonteCarlo.runPaired(List.of(base, s), List.of(windows, windows), CFG, null);
        RunStatistics tb = p.arms().get(0), tw = p.arms().get(1);
        PairedComparison.Result r = PairedComparison.of(p.differences().get(0), N, CFG.seed());
        Map<String, MetricStats> sb = TrajectoryStats.compute(tb), sw = TrajectoryStats.compute(tw);
        int k = 0;
        List<String> failures = new ArrayList<>();
        for (Check c : x.checks()) {
            if (c instanceof Cum cum) {
                int i = r.indexOf(cum.by());
                double diff = r.cumulative().mean()[i], lo = r.cumulative().low()[i], hi = r.cumulative().high()[i];
                String what = String.format("P(treaty by %s): %+.3f [%+.3f, %+.3f]", cum.by(), diff, lo, hi);
                if (cum.sign() > 0 && !(lo > 0)) failures.add(what + " should rise");
                if (cum.sign() < 0 && !(hi < 0)) failures.add(what + " should fall");
                if (cum.sign() == 0 && !(Math.abs(diff) < 0.05)) failures.add(what + " should stay within 0.05");
                if (cum.sign() != 0) assertTrue(r.cumulative().halfWidth(i) <= r.cumulative().unpairedHalfWidth()[i] + 1e-12, "pairing narrows the interval");
            } else if (c instanceof Dec d) {
                double pb = tb.decisions().windowShare(k), pw = tw.decisions().windowShare(k);
                k++;
                String what = String.format("%s in %s..%s: %.2f -> %.2f", d.key(), d.from(), d.to(), pb, pw);
                if (d.sign() > 0 && !(pw - pb >= d.min())) failures.add(what + " should rise by " + d.min());
                if (d.sign() < 0 && !(pb - pw >= d.min())) failures.add(what + " should fall by " + d.min());
            } else if (c instanceof Haz h) {
                double hb = meanOver(sb.get(org.treatysim.scenario.Var.TREATY_HAZARD_ANNUAL.id), base, h.from(), h.to());
                double hw = meanOver(sw.get(org.treatysim.scenario.Var.TREATY_HAZARD_ANNUAL.id), s, h.from(), h.to());
                String what = String.format("mean hazard %s..%s: %.4f -> %.4f", h.from(), h.to(), hb, hw);
                if (h.sign() > 0 && !(hw > hb)) failures.add(what + " should rise");
                if (h.sign() < 0 && !(hw < hb)) failures.add(what + " should fall");
            }
        }
        assertTrue(failures.isEmpty(), x.file() + ": " + failures);
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
