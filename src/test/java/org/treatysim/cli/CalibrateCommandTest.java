package org.treatysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Json;
import org.treatysim.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class CalibrateCommandTest {
    @Test void writesARunnableOverlayWithProvenance(@TempDir Path d) throws Exception {
        Path out = d.resolve("cal");
        BargainCommandTest.Run r = BargainCommandTest.run("calibrate", "-n", "2", "--starts", "2", "--evals", "4", "-s", "5", "-t", "1",
                "--quiet", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(Files.readAllBytes(out.resolve("calibration.json")));
        assertEquals("cmaes", j.get("optimizer").get("method").asText());
        assertEquals(5, j.get("optimizer").get("seed").asLong());
        assertEquals(2, j.get("starts").size());
        assertEquals(8, j.get("fit").get("evaluations").asInt(), "2 starts x 4 evaluations");
        var facts = org.treatysim.analysis.facts.FactsFile.load(org.treatysim.analysis.facts.FactsFile.DEFAULT);
        Scenario base = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        long fit = facts.stream().filter(f -> org.treatysim.analysis.facts.Evaluation.period(f, base, java.time.YearMonth.of(2000, 1))
                == org.treatysim.analysis.facts.Evaluation.Period.FIT).count();
        assertEquals(fit, j.get("targets").size(), "the targets are the fit-period facts (before the 2000-01 hold-out)");
        assertTrue(j.get("targets").get(0).has("weight") && j.get("targets").get(0).has("sources"));
        assertTrue(j.get("optimizer").get("draws").asBoolean());
        JsonNode p = j.get("parameters").get(0);
        String name = p.get("name").asText();
        var spec = base.parameters().spec(name);
        assertTrue(spec.hasPrior(), name);
        double v = p.get("calibrated").asDouble();
        assertTrue(v >= spec.priorLow() && v <= spec.priorHigh(), "within the prior range: " + v);
        // The overlay is a scenario: it loads, extends the baseline and carries the value, its uncertainty and provenance.
        Scenario s = Scenarios.load(out.resolve("calibrated.yaml"));
        assertEquals("baseline-calibrated", s.name());
        assertEquals(v, s.parameters().spec(name).value(), 1e-5);
        double spread = 0.05 * (spec.priorHigh() - spec.priorLow());
        assertEquals(Math.max(spec.priorLow(), v - spread), s.parameters().spec(name).low(), 1e-5);
        assertTrue(s.overrideRationales().get(name).startsWith("calibrated: cmaes"), s.overrideRationales().toString());
        assertEquals(Scenarios.load(Path.of("scenarios/baseline.yaml")).events().size(), s.events().size());
        JsonNode h = j.get("holdout");
        assertEquals("2000-01", h.get("from").asText(), "the hold-out is scored at the fit, unseen");
        assertEquals(facts.stream().filter(f -> org.treatysim.analysis.facts.Evaluation.period(f, base, java.time.YearMonth.of(2000, 1))
                == org.treatysim.analysis.facts.Evaluation.Period.HOLDOUT).count(), h.get("facts").asLong());
        assertEquals(h.get("facts").asInt(), h.get("rows").size());
    }

    @Test void abcWritesAWeightedPosteriorSampleAndItsOverlay(@TempDir Path d) throws Exception {
        Path out = d.resolve("abc");
        BargainCommandTest.Run r = BargainCommandTest.run("calibrate", "--method", "abc", "--param", "us.press.near", "--param", "jp_ru.round.base",
                "--population", "10", "--generations", "2", "--evals", "60", "-n", "2", "-s", "3", "-t", "1", "--quiet", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ABC-SMC: "), r.out());
        java.util.List<String> rows = Files.readAllLines(out.resolve("posterior.csv"));
        assertEquals("particle,weight,distance,us.press.near,jp_ru.round.base", rows.get(0));
        assertEquals(11, rows.size(), "one row per particle");
        double w = 0;
        for (String row : rows.subList(1, rows.size())) w += Double.parseDouble(row.split(",")[1]);
        assertEquals(1.0, w, 1e-4, "weights sum to one");
        JsonNode j = Json.MAPPER.readTree(Files.readAllBytes(out.resolve("calibration.json")));
        assertEquals("abc-smc", j.get("settings").get("method").asText());
        assertTrue(j.get("generations").size() >= 1);
        assertEquals(2, j.get("parameters").size());
        JsonNode p = j.get("parameters").get(0);
        assertTrue(p.get("q05").asDouble() <= p.get("median").asDouble() && p.get("median").asDouble() <= p.get("q95").asDouble());
        assertTrue(j.has("holdout"));
        Scenario s = Scenarios.load(out.resolve("calibrated.yaml"));
        assertEquals("baseline-posterior", s.name());
        assertEquals(p.get("median").asDouble(), s.parameters().spec("us.press.near").value(), 1e-5);
        BargainCommandTest.Run again = BargainCommandTest.run("calibrate", "--method", "abc", "--param", "us.press.near", "--param", "jp_ru.round.base",
                "--population", "10", "--generations", "2", "--evals", "60", "-n", "2", "-s", "3", "-t", "2", "--quiet", "-o", d.resolve("abc2").toString());
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("posterior.csv")), Files.readAllBytes(d.resolve("abc2").resolve("posterior.csv")),
                "the same seed gives the same posterior on 1 or 2 threads");
        BargainCommandTest.Run replay = BargainCommandTest.run("run", "--posterior", out.resolve("posterior.csv").toString(), "-n", "8", "-s", "3",
                "--quiet", "-o", d.resolve("replay").toString());
        assertEquals(0, replay.code(), "run --posterior reads what calibrate --method abc wrote: " + replay.err());
        assertTrue(Files.readString(d.resolve("replay").resolve("manifest.json")).contains("\"particles\" : 10"));
    }

    @Test void refusesOneParameterBobyqaAndUnknownParameters(@TempDir Path d) {
        BargainCommandTest.Run b = BargainCommandTest.run("calibrate", "--method", "bobyqa", "--param", "negotiation.h_max", "-n", "1", "--quiet", "-o", d.resolve("x").toString());
        assertEquals(2, b.code());
        assertTrue(b.err().contains("BOBYQA needs at least two parameters"), b.err());
        BargainCommandTest.Run u = BargainCommandTest.run("calibrate", "--param", "negotiation.hmax", "-n", "1", "--quiet", "-o", d.resolve("x").toString());
        assertEquals(2, u.code());
        assertTrue(u.err().contains("unknown parameter negotiation.hmax"), u.err());
        assertFalse(Files.exists(d.resolve("x")));
    }
}
