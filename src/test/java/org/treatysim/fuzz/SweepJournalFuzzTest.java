package org.treatysim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.treatysim.output.SweepJournal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the verification of a sweep's journal ({@link SweepJournal#verify}), which `sweep --resume`, `merge` and
 * `sensitivity` run before they touch or trust a sweep. The sweep is a fixed two-point one
 * (src/test/resources/org/treatysim/fuzz/sweep-two-points/); the fuzzed bytes are its sweep.journal. Seeds:
 * .../SweepJournalFuzzTestInputs/sweepJournal/, among them the journal that matches. Property: verified, or refused
 * with ScenarioException; the policy's verdict never throws.
 */
class SweepJournalFuzzTest {
    private static final Path DIR = copy();

    private static Path copy() {
        Path d = FuzzSupport.emptyDir("journal");
        try {
            for (String f : new String[] {"sweep.json", "points.csv", "results.csv"}) {
                Files.copy(FuzzSupport.ROOT.resolve("src/test/resources/org/treatysim/fuzz/sweep-two-points").resolve(f), d.resolve(f));
                d.resolve(f).toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"treatysim-sweep-journal 2 sweep.json ", "block ", "complete ", " 0 ", " 1 ", " 2 ",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "99999999999999999999", "-1"})
    void sweepJournal(byte[] data) {
        FuzzSupport.write(DIR.resolve("sweep.journal"), data);
        FuzzSupport.expectLoadOrCleanError(data, () -> {
            SweepJournal.OWNER.problem(DIR); // a verdict, never an exception
            SweepJournal.verify(DIR, false);
            SweepJournal.verify(DIR, true);
        });
    }
}
