package org.treatysim.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.analysis.calibration.Calibrator;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.RunStatistics;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Node;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;
import org.treatysim.model.ModelParams;
import org.treatysim.model.World;
import org.treatysim.model.decision.Decisions;
import org.treatysim.model.negotiation.BargainingTheories;
import org.treatysim.model.negotiation.BargainingTheory;
import org.treatysim.model.negotiation.DomesticLevel;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Effect;
import org.treatysim.scenario.EffectType;
import org.treatysim.scenario.Effects;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.NumberRef;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioSchema;
import org.treatysim.scenario.Var;
import org.treatysim.scenario.WorldState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "One class plus one line" holds for the model's extensions: a throw-away bargaining theory and a throw-away effect
 * type, each declared once and registered with one call, load, appear in the schema, run, and reach calibrate's
 * parameter list, with nothing else edited; a parameter the theory declares but the file lacks fails at the
 * scenario's {@code bargaining:} line. Both are unregistered afterwards.
 */
class ExtensionTest {
    static final String THEORY = "test-split", OP = "test-nudge", SHARE = "test.split_share";
    /** Months in which the throw-away effect ran, over every replication (it must run, once a replication). */
    static final AtomicInteger NUDGES = new AtomicInteger();
    /** Proposals the throw-away theory made. */
    static final AtomicInteger PROPOSALS = new AtomicInteger();

    /** Splits the gap between the two bounds at a share the parameter file gives; no ratification level. */
    static final class SplitTheory implements BargainingTheory {
        private ModelParams p;
        private int share;

        @Override public String name() { return THEORY; }
        @Override public String summary() { return "splits the gap between the bounds (a test's throw-away theory)"; }
        @Override public List<String> parameters() { return List.of(SHARE); }
        @Override public void bind(ModelParams p) { this.p = p; share = p.index(SHARE); }
        @Override public double jpMin(World w) { return w.value(Var.JP_MIN_ACCEPT); }
        @Override public double ruMax(World w) { return w.value(Var.RU_MAX_OFFER); }
        @Override public double propose(Country proposer, World w, double jpMin, double ruMax) {
            PROPOSALS.incrementAndGet();
            return jpMin > ruMax ? Double.NaN : jpMin + p.value(share) * (ruMax - jpMin);
        }
        @Override public double ratifyJp(World w, double islands) { return 1.0; }
        @Override public double ratifyRu(World w, double islands) { return 1.0; }
    }

    /** {@code test-nudge}: adds {@code amount} to a variable; its field name is new to the schema, so it declares its kind. */
    record Nudge(Var var, NumberRef amount) implements Effect {
        static final EffectType TYPE = new EffectType() {
            public String op() { return OP; }
            public Set<String> fields() { return Set.of("var", "amount"); }
            @Override public FieldKind fieldKind(String f) { return f.equals("amount") ? FieldKind.NUMBER : EffectType.super.fieldKind(f); }
            public String summary() { return "adds an amount (a test's throw-away effect)"; }
            public Effect parse(Node n) {
                return new Nudge(Effects.writableVar(n), NumberRef.of(n.required("amount", "the amount"), "the amount"));
            }
        };

        @Override public void apply(WorldState w, ParameterValues p) {
            NUDGES.incrementAndGet();
            w.set(var, w.get(var) + amount.resolve(p));
        }
        @Override public String op() { return OP; }
        @Override public List<NumberRef> references() { return List.of(amount); }
        @Override public String describe() { return var.id + " nudged by " + amount; }
    }

    @TempDir Path dir;

    @BeforeEach void register() {
        BargainingTheories.register(SplitTheory::new);
        Effects.register(Nudge.TYPE);
    }

    @AfterEach void unregister() {
        BargainingTheories.unregister(THEORY);
        Effects.unregister(OP);
    }

    /** The project's parameter file plus the theory's parameter (calibrated), and a scenario using both extensions. */
    private Path scenario(boolean withShare) throws Exception {
        String params = Files.readString(Path.of("scenarios/parameters.yaml"));
        if (withShare) {
            params += "\n  " + SHARE + ":\n    value: 0.5\n    unit: share\n    range: [0.2, 0.8]\n    basis: calibrated\n"
                    + "    source: \"a test's throw-away theory\"\n";
        }
        Files.writeString(dir.resolve("parameters.yaml"), params);
        Path base = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Files.writeString(dir.resolve("ext.yaml"), """
                schema: treatysim/scenario-1
                name: ext
                extends: %s
                bargaining: %s
                parameters_file: parameters.yaml
                events:
                  - id: 1960-06-nudge
                    date: 1960-06
                    actors: [JP]
                    title: "A nudge to Japan's favourability of Russia"
                    direction: "+"
                    source: "a test"
                    effects:
                      - {op: %s, var: JP.favourability_RU, amount: 5}
                """.formatted(base, THEORY, OP));
        return dir.resolve("ext.yaml");
    }

    @Test void aThrowAwayTheoryAndEffectLoadAppearInTheSchemaRunAndCalibrate() throws Exception {
        Scenario s = Scenarios.load(scenario(true));
        assertEquals(THEORY, s.bargaining());
        Event nudge = s.events().stream().filter(e -> e.id().equals("1960-06-nudge")).findFirst().orElseThrow();
        assertEquals(OP, nudge.effects().get(0).op());

        JsonNode schema = new ObjectMapper().readTree(ScenarioSchema.text(BargainingTheories.names(), Decisions.catalogue()));
        List<String> theories = new ArrayList<>();
        schema.at("/properties/bargaining/enum").forEach(n -> theories.add(n.asText()));
        assertTrue(theories.contains(THEORY), "the schema's theories: " + theories);
        JsonNode eff = schema.at("/$defs/effect-" + OP);
        assertFalse(eff.isMissingNode(), "the schema describes the new effect");
        assertEquals("#/$defs/number", eff.at("/properties/amount/$ref").asText());
        assertEquals("#/$defs/var", eff.at("/properties/var/$ref").asText());

        NUDGES.set(0);
        PROPOSALS.set(0);
        int reps = 4;
        RunStatistics run = MonteCarlo.run(s, new MonteCarlo.Config(reps, 11, 1, false), null);
        assertEquals(reps, run.replications());
        assertEquals(reps, NUDGES.get(), "the effect ran once in every replication");
        assertTrue(PROPOSALS.get() > 0, "the theory made the proposals");

        List<String> fit = Calibrator.defaultParameters(s);
        assertTrue(fit.contains(SHARE), "calibrate fits the theory's calibrated parameter: " + fit);
        assertTrue(fit.stream().noneMatch(n -> n.startsWith("eu.") || n.startsWith("nash.")), "no other theory's parameters: " + fit);
        assertTrue(fit.containsAll(DomesticLevel.PARAMETERS.stream().filter(n -> s.parameters().specs().get(n).basis().equals("calibrated")).toList()),
                "the parameters every theory's run reads stay: " + fit);
        List<String> baseline = Calibrator.defaultParameters(Scenarios.load(Path.of("scenarios/baseline.yaml")));
        assertFalse(baseline.contains(SHARE), "a scenario of another theory does not fit it");
    }

    @Test void aParameterTheTheoryDeclaresButTheFileLacksFailsAtTheBargainingLine() throws Exception {
        Path f = scenario(false);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(f));
        assertTrue(e.getMessage().startsWith(f.toAbsolutePath().normalize() + ":4:13: error: bargaining theory '" + THEORY + "' reads 1 parameter(s)"), e.getMessage());
        assertTrue(e.problem().endsWith(SHARE), e.problem());

        Scenario baseline = Scenarios.load(Path.of("scenarios/baseline.yaml"));
        UsageException u = assertThrows(UsageException.class, () -> Scenarios.withTheory(baseline, THEORY));
        assertTrue(u.getMessage().contains("--theory " + THEORY + " reads 1 parameter(s)") && u.getMessage().contains(SHARE), u.getMessage());
    }

    @Test void unregisteredTheyAreGone() throws Exception {
        Path f = scenario(true);
        unregister();
        try {
            assertFalse(BargainingTheories.names().contains(THEORY));
            assertFalse(Effects.ops().contains(OP));
            ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(f));
            assertTrue(e.getMessage().contains("unknown bargaining theory '" + THEORY + "'") || e.getMessage().contains("unknown effect op '" + OP + "'"), e.getMessage());
        } finally {
            register();
        }
    }
}
