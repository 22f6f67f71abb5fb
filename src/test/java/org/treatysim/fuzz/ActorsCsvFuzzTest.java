package org.treatysim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.treatysim.analysis.bargain.ActorsCsv;
import org.treatysim.analysis.bargain.Bargain;
import org.treatysim.model.ExpectedUtilityModel;

import java.nio.file.Path;

/**
 * Fuzzes the actors-table reader of `bargain` ({@link ActorsCsv#read}) and, for small tables that load, three rounds
 * of the expected-utility model. Seeds: src/test/resources/org/treatysim/fuzz/ActorsCsvFuzzTestInputs/. Property:
 * read and run with finite positions, or refuse with ScenarioException; nothing else, no hang, no out-of-memory.
 */
class ActorsCsvFuzzTest {
    private static final Path FILE = FuzzSupport.emptyDir("actors").resolve("fuzzed-actors.csv");

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"actor,capability,position,salience", "ACTOR", "\"", ",", "1e308", "-0", "NaN", "Infinity", "100", "0.5",
            "\"a,b\"", "salience", "capability"})
    void actorsCsv(byte[] data) {
        FuzzSupport.write(FILE, data);
        FuzzSupport.expectLoadOrCleanError(data, () -> {
            ActorsCsv.Result r = ActorsCsv.read(FILE);
            if (r.actors().size() > 40) return;
            for (ExpectedUtilityModel.Round round : Bargain.run(new ExpectedUtilityModel(r.actors(), 1.0), 3, null)) {
                for (double x : round.positions()) {
                    if (!Double.isFinite(x)) throw new AssertionError("a position became " + x + " in round " + round.round());
                }
            }
        });
    }
}
