package org.treatysim.analysis.facts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history check. facts/stylized-facts.yaml is the one source of truth for every historical threshold: this test
 * restates none. It replays the baseline as `./treatysim evaluate -n 300 -s 1` does (the agent model beside the
 * scripted and constant-hazard nulls, hold-out from 2000-01) and asserts which facts the calibrated model meets, and
 * that it beats the nulls where docs/calibration.md says it does. A fact the model stops meeting, or starts meeting,
 * fails the test: docs/calibration.md and the list below are then updated together.
 */
class BaselineFactsTest {
    static Validation.Result R;
    static Map<String, Evaluation.Row> ROWS;

    /** The facts the calibrated agent model meets at 300 replications, seed 1 (docs/calibration.md lists the misses). */
    static final List<String> MET = List.of(
            "window-1956", "stalemate-1962-71", "stalemate-1976-90", "window-1991-93", "window-1997-99", "dulles-1956",
            "four-islands-1956", "memoranda-1960", "no-problem-1961", "china-backs-japan-1964", "china-hostile-1969", "talks-resume-1972",
            "garrison-1979", "us-sanctions-1980", "japan-sanctions-1980", "aid-1991", "round-1956", "round-1993", "round-1997",
            "window-2000-01", "rank-2013-2018", "odds-low-2016-19", "near-zero-2022-25", "japan-sanctions-2014", "japan-sanctions-2022",
            "pew-japan-favourability");

    @BeforeAll static void evaluate() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        R = Validation.run(s, List.of(s.bargaining()), FactsFile.read(FactsFile.DEFAULT), new MonteCarlo.Config(300, 1, 2, true),
                YearMonth.of(2000, 1), null);
        ROWS = new TreeMap<>();
        for (Evaluation.Period p : Evaluation.Period.values()) for (Evaluation.Row r : R.theories().get(0).rows(p)) ROWS.put(r.fact().id(), r);
    }

    @Test void theModelMeetsExactlyTheFactsItIsDocumentedToMeet() {
        List<String> met = new ArrayList<>(), unexpected = new ArrayList<>();
        for (Evaluation.Row r : ROWS.values()) {
            if (r.hit()) met.add(r.fact().id());
            if (r.hit() != MET.contains(r.fact().id())) {
                unexpected.add(r.fact().id() + (r.hit() ? " now met" : " now missed") + " (measured " + r.outcome().measuredText()
                        + ", needs " + r.outcome().threshold() + ")");
            }
        }
        assertTrue(unexpected.isEmpty(), "update BaselineFactsTest.MET and docs/calibration.md together: " + unexpected + "; met: " + met);
        for (String id : MET) assertTrue(ROWS.containsKey(id), id + " is a fact of facts/stylized-facts.yaml");
    }

    @Test void everyFactIsScoredAndFallsInOnePeriod() {
        int n = 0;
        for (Evaluation.Period p : Evaluation.Period.values()) n += R.theories().get(0).count(p);
        assertEquals(FactsFile.read(FactsFile.DEFAULT).facts().size(), n, "every fact of the file is scored, once");
        assertTrue(R.theories().get(0).count(Evaluation.Period.FIT) > 0 && R.theories().get(0).count(Evaluation.Period.HOLDOUT) > 0);
    }

    /**
     * Whether the agent model beats each null on the hold-out is reported, on the facts both can be scored on; today it
     * beats neither (docs/calibration.md, "Hold-out"): the fit to 1956-1999 does not carry Moscow to the 1956 basis after
     * 2000, so the Abe-era window is missing. The test pins that verdict, so a change of it is seen and documented.
     */
    @Test void theHoldOutVerdictAgainstEachNullIsReportedAndAsDocumented() {
        assertEquals(2, R.comparisons().size());
        for (Validation.Comparison c : R.comparisons()) {
            assertTrue(c.facts() > 0, c.nullModel());
            assertTrue(Double.isFinite(c.modelLoss()) && Double.isFinite(c.nullLoss()), c.nullModel());
            assertEquals(BEATS.get(c.nullModel()), c.beats(), c.nullModel() + ": model " + c.modelLoss() + " vs null " + c.nullLoss());
        }
    }

    /** The documented hold-out verdicts (docs/calibration.md). */
    static final Map<String, Boolean> BEATS = Map.of(Validation.SCRIPTED, false, Validation.CONSTANT, false);

    @Test void theScriptedNullIsScoredOnTheSameFactsButNotOnDecisions() {
        for (Evaluation.Period p : Evaluation.Period.values()) {
            for (Evaluation.Row r : R.scripted().rows(p)) assertTrue(!r.fact().test().needsDecisions(), r.fact().id() + ": the script decides nothing");
        }
        assertTrue(R.scripted().count(Evaluation.Period.FIT) > 0);
    }
}
