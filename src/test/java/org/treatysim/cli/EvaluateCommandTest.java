package org.treatysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.io.Json;

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
        var facts = org.treatysim.analysis.facts.FactsFile.load(org.treatysim.analysis.facts.FactsFile.DEFAULT);
        assertEquals("2000-01", j.get("holdout").asText());
        for (String t : new String[] {"two-level", "nash", "expected-utility"}) {
            JsonNode th = j.get("models").get("agent model, " + t);
            int n = 0;
            for (String period : new String[] {"fit", "holdout", "span", "validate"}) {
                JsonNode p = th.get(period);
                assertEquals(p.get("facts").asInt(), p.get("results").size(), t + " " + period);
                n += p.get("results").size();
            }
            assertEquals(facts.size(), n, t + ": every fact scored once, in one period");
            assertEquals(0, th.get("fit").get("results").findValues("id").stream().filter(x -> x.asText().equals("no-treaty-by-2025")).count(),
                    "2025 is scored on the hold-out, not the fit");
        }
        JsonNode nulls = j.get("nulls");
        assertTrue(nulls.get("constant_hazard").get("annual_hazard").asDouble() > 0);
        assertTrue(nulls.get("scripted").get("fit").get("results").findValues("type").stream().noneMatch(x -> x.asText().equals("decision_timing")),
                "the scripted null takes no decisions: decision facts are not scored on it");
        assertEquals(2, j.get("holdout_comparison").size());
        for (JsonNode c : j.get("holdout_comparison")) {
            assertEquals(c.get("model_loss").asDouble() < c.get("null_loss").asDouble(), c.get("model_beats_null").asBoolean());
        }
        assertTrue(ra.out().contains("fit period (before 2000-01)") && ra.out().contains("hold-out (2000-01 on, not fitted)"), ra.out());
        assertTrue(ra.out().contains("validation series (never fitted)") && ra.out().contains("constant-hazard null"), ra.out());
        assertTrue(ra.out().contains("the agent model BEATS it") || ra.out().contains("the agent model does NOT beat it"), ra.out());
    }

    @Test void aBadHoldoutIsAUsageError(@TempDir Path d) {
        BargainCommandTest.Run r = BargainCommandTest.run("evaluate", "-n", "2", "--quiet", "--holdout", "2000-13", "-o", d.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--holdout must be a month YYYY-MM or 'none'"), r.err());
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
