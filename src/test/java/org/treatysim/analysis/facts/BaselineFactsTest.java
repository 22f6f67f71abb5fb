package org.treatysim.analysis.facts;

import org.junit.jupiter.api.Test;
import org.treatysim.analysis.TrajectoryStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history check: the baseline replay under the default (two-level) theory reproduces every stylized fact of
 * facts/stylized-facts.yaml. 400 replications, seed 1, as `./treatysim evaluate -n 400 -s 1`.
 */
class BaselineFactsTest {
    @Test void baselineReproducesEveryStylizedFact() {
        Scenario s = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        List<Fact> facts = FactsFile.load(FactsFile.DEFAULT);
        var t = MonteCarlo.run(s, new MonteCarlo.Config(400, 1L, 2, true), null);
        List<Evaluation.Row> rows = Evaluation.evaluate(facts, s, TrajectoryStats.compute(t));
        String misses = rows.stream().filter(r -> !r.hit())
                .map(r -> r.fact().id() + " (measured " + r.outcome().measuredText() + ", needs " + r.outcome().threshold() + ")")
                .collect(Collectors.joining("; "));
        assertTrue(misses.isEmpty(), "baseline misses: " + misses);
    }
}
