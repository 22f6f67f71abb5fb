package org.treatysim.analysis.calibration;

import org.junit.jupiter.api.Test;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.analysis.facts.EvalContext;
import org.treatysim.analysis.facts.Fact;
import org.treatysim.analysis.facts.SeriesWithin;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Calibration recovers known parameter values from synthetic data the model itself generated: targets are the
 * model's own polls at known values of two parameters; the fit starts at the parameter file's values.
 */
class CalibratorTest {
    static final List<String> NAMES = List.of("jp.fav_affinity_pp", "ru.support_affinity_pp");
    static final double[] TRUTH = {10.5, 3.0};
    static final int REPS = 4;
    static final long SEED = 7;

    static List<Fact> syntheticTargets(Calibrator c) {
        Scenario truth = c.at(TRUTH);
        var stats = TrajectoryStats.compute(MonteCarlo.run(truth, new MonteCarlo.Config(REPS, SEED, 1, false), null));
        EvalContext ctx = new EvalContext(truth.start(), truth.months(), stats);
        List<Fact> facts = new ArrayList<>();
        for (String metric : new String[] {"JP.favourability_RU", "RU.support_transfer"}) {
            List<SeriesWithin.Point> pts = new ArrayList<>();
            for (int year = 1960; year <= 2025; year += 5) {
                YearMonth ym = YearMonth.of(year, 6);
                pts.add(new SeriesWithin.Point(ym, ctx.mean(metric)[ctx.index(ym)], 1.0));
            }
            facts.add(new Fact("synthetic-" + metric, "the model's own " + metric, "generated", 1.0, new SeriesWithin(metric, pts)));
        }
        return facts;
    }

    @Test void recoversTwoKnownParametersWithBobyqa() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        Calibrator.Settings set = new Calibrator.Settings(Calibrator.Method.BOBYQA, 1, 60, REPS, SEED, 1);
        Calibrator probe = new Calibrator(s, List.of(), NAMES, set);
        Calibrator c = new Calibrator(s, syntheticTargets(probe), NAMES, set);
        assertTrue(c.loss(c.values(new double[] {0.5, 0.4})) > 1.0, "the file's values are far from the truth");
        Calibrator.Result r = c.run(null);
        assertEquals(TRUTH[0], r.best()[0], 0.5, "jp.fav_affinity_pp");
        assertEquals(TRUTH[1], r.best()[1], 0.5, "ru.support_affinity_pp");
        assertTrue(r.loss() < 0.01, "loss at the optimum " + r.loss());
        assertEquals(s.parameters().spec("jp.fav_affinity_pp").value(), r.starts().get(0).initial()[0], 1e-12, "first start at the file's value");
    }

    @Test void cmaesAlsoRecoversThemAndIsDeterministic() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        Calibrator.Settings set = new Calibrator.Settings(Calibrator.Method.CMAES, 1, 80, REPS, SEED, 1);
        List<Fact> targets = syntheticTargets(new Calibrator(s, List.of(), NAMES, set));
        Calibrator.Result a = new Calibrator(s, targets, NAMES, set).run(null);
        assertEquals(TRUTH[0], a.best()[0], 1.0);
        assertEquals(TRUTH[1], a.best()[1], 1.0);
        Calibrator.Result b = new Calibrator(s, targets, NAMES, new Calibrator.Settings(Calibrator.Method.CMAES, 1, 80, REPS, SEED, 2)).run(null);
        assertArrayEquals(a.best(), b.best(), 0.0, "same seed, any thread count: the same fit");
    }

    @Test void defaultParametersAreTheCalibratedOnesOfTheScenariosTheory() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        List<String> agents = Calibrator.defaultParameters(s);
        assertTrue(agents.contains("ru.legal_cap.alliance_upgrade"), "the agent model's decision coefficients are fitted");
        assertFalse(agents.contains("negotiation.h_max"), "the scripted null's coefficients keep v0.1's calibration");
        assertFalse(agents.contains("position.halflife_months"), "shared with the scripted null: left alone");
        List<String> scripted = Calibrator.defaultParameters(s.withAgents(Scenario.Agents.SCRIPTED));
        assertTrue(scripted.contains("negotiation.h_max"));
        assertFalse(scripted.contains("ru.legal_cap.alliance_upgrade"));
        for (String n : agents) {
            assertEquals("calibrated", s.parameters().spec(n).basis());
            assertTrue(s.parameters().spec(n).hasPrior(), n + " has the prior range its fit searched");
        }
    }
}
