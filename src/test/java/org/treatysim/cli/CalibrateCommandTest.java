package org.treatysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.Scenarios;
import org.treatysim.output.Json;
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
