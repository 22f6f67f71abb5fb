package org.treatysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.output.Json;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class EvaluateCommandTest {
    @Test void sameSeedSameBytesWhateverTheThreadsAndEveryTheoryScored(@TempDir Path d) throws Exception {
        Path a = d.resolve("a"), b = d.resolve("b");
        BargainCommandTest.Run ra = BargainCommandTest.run("evaluate", "-n", "16", "-s", "3", "-t", "1", "--quiet", "-o", a.toString(),
                "--theory", "two-level", "--theory", "nash", "--theory", "expected-utility");
        assertEquals(0, ra.code(), ra.err());
        BargainCommandTest.Run rb = BargainCommandTest.run("evaluate", "-n", "16", "-s", "3", "-t", "2", "--quiet", "-o", b.toString(),
                "--theory", "two-level", "--theory", "nash", "--theory", "expected-utility");
        assertEquals(0, rb.code(), rb.err());
        byte[] ja = Files.readAllBytes(a.resolve("evaluation.json"));
        assertArrayEquals(ja, Files.readAllBytes(b.resolve("evaluation.json")));
        JsonNode j = Json.MAPPER.readTree(ja);
        for (String t : new String[] {"two-level", "nash", "expected-utility"}) {
            JsonNode th = j.get("theories").get(t);
            assertEquals(13, th.get("results").size(), t);
            assertEquals(th.get("facts").asInt(), th.get("results").size());
        }
        assertTrue(ra.out().contains("fact") && ra.out().contains("threshold") && ra.out().contains("no-treaty-by-2025"), ra.out());
        assertTrue(ra.out().contains("two-level") && ra.out().contains("expected-utility") && ra.out().contains("hits"), "matrix across theories");
    }

    @Test void badFactsFileExitsTwoWithItsLocation(@TempDir Path d) throws Exception {
        Path f = d.resolve("facts.yaml");
        Files.writeString(f, "schema: treatysim/facts-1\nfacts:\n  - id: x\n    statement: s\n    sources: events.md\n    test: {type: near_zero, window: 2022-04..2025-12, maxx: 0.1}\n");
        BargainCommandTest.Run r = BargainCommandTest.run("evaluate", "-n", "2", "--quiet", "--facts", f.toString(), "-o", d.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("facts.yaml:6"), r.err());
        assertFalse(Files.exists(d.resolve("o")), "nothing written");
        BargainCommandTest.Run t = BargainCommandTest.run("evaluate", "-n", "2", "--quiet", "--theory", "nashh", "-o", d.resolve("o").toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains("unknown --theory nashh"), t.err());
    }
}
