package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.io.ScenarioException;
import org.treatysim.scenario.Bounds;
import org.treatysim.scenario.ParameterSet;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Physical bounds, separate from plausible ranges: a monthly probability outside [0, 1], a half-life at or below 0, a
 * count below its minimum are refused in parameter files, scenario overrides and sweep ranges, at file:line:column.
 * Plausible ranges may still be widened by an override, within the bounds.
 */
class PhysicalBoundsTest {
    @TempDir Path dir;

    @BeforeEach void copyInputs() throws IOException {
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.copy(Path.of("scenarios/parameters.yaml"), dir.resolve("parameters.yaml"));
    }

    private static void at(ScenarioException e, Path f, int line, int col, String what) {
        assertEquals(f.toString(), e.file(), e.getMessage());
        assertEquals(line + ":" + col, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.problem().contains(what), e.getMessage());
        assertTrue(e.problem().contains("physical bounds"), e.getMessage());
    }

    private Path params(String name, String unit, String value, String range, String extra) throws IOException {
        return Files.writeString(dir.resolve("p.yaml"), "schema: treatysim/parameters-1\nparameters:\n  " + name + ":\n    value: " + value
                + "\n    unit: \"" + unit + "\"\n    range: " + range + "\n" + extra + "    basis: judgement\n    source: \"test\"\n");
    }

    @Test void unitsImplyBounds() {
        assertEquals("[0, 1]", Bounds.of("negotiation.h_max", "per month").toString());
        assertEquals("[0, 1]", Bounds.of("eu.q", "probability").toString());
        assertEquals("[0, 1]", Bounds.of("jp.public_weight", "share").toString());
        assertEquals("[0, 1]", Bounds.of("eu.capability_jp", "share of capability on the issue").toString());
        assertEquals("[0, 100]", Bounds.of("ru.x_pct", "%").toString());
        assertEquals("[-100, 100]", Bounds.of("ru.support_cue_pp", "% points at full commitment").toString());
        assertEquals("(0, inf)", Bounds.of("public.halflife_months", "months").toString());
        assertEquals("[0, 4]", Bounds.of("jp.accept_mid_islands", "islands").toString());
        assertEquals("[0, inf)", Bounds.of("ru.aid", "USD bn").toString());
        assertEquals("[0, inf)", Bounds.of("incident.rate_per_year", "incidents per year at tension 0.5").toString());
        assertEquals("[1, inf)", Bounds.of("eu.rounds", "rounds per month").toString());
        assertEquals("[-1, 1]", Bounds.of("init.CN.stance_kurils", "index").toString(), "init.* takes its state variable's scale");
        assertEquals("[0, 100]", Bounds.of("init.JP.favourability_RU", "%").toString());
        // Coefficients imply nothing: a what-if may flip their sign.
        assertTrue(Bounds.of("jp.us_push", "islands per unit pressure").isNone());
        assertTrue(Bounds.of("jp.us_drain", "share per unit pressure").isNone());
        assertTrue(Bounds.of("jp.fav_affinity_pp", "% points per unit affinity").isNone());
        assertEquals("(0, 4]", Bounds.parse(" ( 0 , 4 ] ", "x").toString());
        assertEquals("[0, inf)", Bounds.parse("[0, inf]", "x").toString(), "an infinite end is always open");
        assertEquals(null, Bounds.parse("0..4", "x"));
    }

    @Test void parameterFilesRespectTheBounds() throws IOException {
        Path f = params("negotiation.h_max", "per month", "1.5", "[0.04, 2.0]", "");
        at(assertThrows(ScenarioException.class, () -> ParameterSet.load(f)), f, 4, 12, "value 1.5 of negotiation.h_max");
        Path g = params("negotiation.h_max", "per month", "0.08", "[0.04, 1.2]", "");
        at(assertThrows(ScenarioException.class, () -> ParameterSet.load(g)), g, 6, 19, "high end of the plausible range 1.2");
        Path h = params("public.halflife_months", "months", "0", "[0, 12]", "");
        at(assertThrows(ScenarioException.class, () -> ParameterSet.load(h)), h, 4, 12, "(0, inf)");
        Path c = params("eu.rounds", "rounds per month", "0", "[0, 6]", "");
        at(assertThrows(ScenarioException.class, () -> ParameterSet.load(c)), c, 4, 12, "a count of rounds, at least 1");
        Path i = params("init.JP.favourability_RU", "%", "26", "[15, 130]", "");
        at(assertThrows(ScenarioException.class, () -> ParameterSet.load(i)), i, 6, 17, "the scale of the state variable JP.favourability_RU");
    }

    @Test void explicitBoundsWhereTheUnitCannotImplyThem() throws IOException {
        Path f = params("jp.accept_scale_islands", "islands", "0", "[0, 0.5]", "    bounds: \"(0, 4]\"\n");
        at(assertThrows(ScenarioException.class, () -> ParameterSet.load(f)), f, 4, 12, "the bounds stated in the parameter file");
        Path ok = params("jp.accept_scale_islands", "islands", "0.25", "[0.1, 0.5]", "    bounds: \"(0, 4]\"\n");
        assertEquals("(0, 4]", ParameterSet.load(ok).spec("jp.accept_scale_islands").bounds().toString());
        Path bad = params("x.y", "islands", "0.25", "[0.1, 0.5]", "    bounds: 0..4\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ParameterSet.load(bad));
        assertEquals("7:13", e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.problem().contains("must be an interval"), e.getMessage());
        Path empty = params("x.y", "islands", "0.25", "[0.1, 0.5]", "    bounds: \"(1, 1]\"\n");
        assertTrue(assertThrows(ScenarioException.class, () -> ParameterSet.load(empty)).problem().contains("hold no number"));
        // The shipped file states them for the scales the model divides by.
        ParameterSet shipped = ParameterSet.load(Path.of("scenarios/parameters.yaml"));
        for (String n : new String[] {"negotiation.position_sd", "jp.accept_scale_islands", "negotiation.belief_sd",
                "ru.aid_half_saturation_usd_bn", "ru.trade_half_saturation_usd_bn", "ru.ratify_support_needed_pct"}) {
            assertFalse(shipped.spec(n).bounds().contains(0), n + " excludes 0");
        }
    }

    @Test void overridesMayWidenThePlausibleRangeButNotTheBounds() throws IOException {
        Path f = Files.writeString(dir.resolve("w.yaml"), "name: w\nextends: baseline.yaml\nparameters:\n  negotiation.h_max: {value: 1.5, rationale: \"what if\"}\n");
        at(assertThrows(ScenarioException.class, () -> Scenarios.load(f)), f, 4, 30, "overriding value 1.5");
        Path g = Files.writeString(dir.resolve("w2.yaml"), "name: w\nextends: baseline.yaml\nparameters:\n  position.halflife_months: {range: [-1, 12], rationale: \"what if\"}\n");
        at(assertThrows(ScenarioException.class, () -> Scenarios.load(g)), g, 4, 38, "low end of the overriding range -1");
        // Inside the bounds, a value beyond the plausible range is a counterfactual: the range widens to hold it.
        Path ok = Files.writeString(dir.resolve("w3.yaml"), "name: w\nextends: baseline.yaml\nparameters:\n  negotiation.h_max: {value: 0.5, rationale: \"what if\"}\n");
        Scenario s = Scenarios.load(ok);
        assertEquals(0.5, s.parameters().spec("negotiation.h_max").high());
    }

    @Test void sweepRangesRespectTheBounds() throws IOException {
        String scen = "scenario: " + dir.resolve("baseline.yaml") + "\n";
        Path f = Files.writeString(dir.resolve("s.yaml"), scen + "design: {type: lhs, n: 4}\nparameters:\n  negotiation.h_max: {range: [0.5, 1.5]}\nmetrics: [p_treaty_by:2025-12]\n");
        at(assertThrows(ScenarioException.class, () -> SweepSpec.load(f)), f, 4, 36, "high end of the sweep range 1.5");
        Path g = Files.writeString(dir.resolve("s2.yaml"), scen + "design: {type: lhs, n: 4}\nparameters:\n  position.halflife_months: {range: [0, 12]}\nmetrics: [p_treaty_by:2025-12]\n");
        at(assertThrows(ScenarioException.class, () -> SweepSpec.load(g)), g, 4, 38, "low end of the sweep range 0");
    }
}
