package org.treatysim.model.decision;

import org.junit.jupiter.api.Test;
import org.treatysim.TestSupport;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The decision rules: the logit choice, inertia, adjacency, interventions, and the rules' declared parameters. */
class DecisionRuleTest {
    static final Scenario S = TestSupport.baseline();

    /** A model whose rules are bound, started, in its first month. */
    static TreatyModel started() {
        TreatyModel m = new TreatyModel(1, S, ParameterDraw.bestValues(S.parameters()), null);
        m.start();
        return m;
    }

    /** A throw-away rule: on with propensity {@code v}, inertia from the parameter file's us.press.inertia. */
    static final class Probe extends SwitchRule {
        final double v;
        boolean on;

        Probe(double v) {
            super("US.press", Country.US, "probe", "none", "press");
            this.v = v;
        }

        @Override protected double propensity(TreatyModel m, World w) { return terms.add("probe", v); }
        @Override protected boolean isOn(World w) { return on; }
        @Override protected void set(TreatyModel m, World w, boolean x) { on = x; }
        @Override public String sentence(int k) { return "probe " + k; }
    }

    @Test void aSwitchRuleIsALogitWithInertia() {
        TreatyModel m = started();
        Probe p = new Probe(1.5);
        p.bind(m.params());
        double k = m.params().get("us.press.inertia");
        // The uniform is laid over the options in order: [0, P(off)) chooses off, [P(off), 1) on.
        double pOn = 1.0 / (1.0 + Math.exp(-(1.5 - k)));
        assertEquals(1, p.decide(m, m.world(), 1 - pOn * 0.999), "while off, switching on has probability sigma(V - inertia)");
        p.on = false;
        assertEquals(0, p.decide(m, m.world(), 1 - pOn * 1.001));
        p.on = true;
        double pOff = 1.0 / (1.0 + Math.exp(-(-1.5 - k)));
        assertEquals(0, p.decide(m, m.world(), pOff * 0.999), "while on, switching off has probability sigma(-V - inertia)");
        p.on = true;
        assertEquals(1, p.decide(m, m.world(), pOff * 1.001));
    }

    @Test void levelRulesMoveAtMostOneLevelAMonth() {
        TreatyModel m = started();
        World w = m.world();
        UsSanctions r = (UsSanctions) Decisions.find(m.rules(), "US.sanctions");
        w.setDecision(Var.US_SANCTIONS, 0);
        w.setBaseline(Var.US_TENSION_RU, 1.0);
        w.set(Var.US_TENSION_RU, 1.0);
        w.set(Var.RU_WAR_TROOPS, 500);
        for (double u : new double[] {0.0, 0.3, 0.6, 0.999}) {
            w.setDecision(Var.US_SANCTIONS, 0);
            int k = r.decide(m, w, u);
            assertTrue(k <= 1, "from none, one month reaches targeted at most, got option " + k);
        }
    }

    @Test void aForcedOptionIsChosenWhateverTheUniformAndForbiddenOnesNever() {
        TreatyModel m = started();
        World w = m.world();
        JpSanctions r = (JpSanctions) Decisions.find(m.rules(), "JP.sanctions");
        r.intervene(S.months(), 0, 0, r.optionIndex("limited"), 0);
        List<String> causes = new ArrayList<>();
        m.setDecisionObserver((month, actor, rule, option, value, cause) -> causes.add(rule + "=" + option + " " + cause));
        for (double u : new double[] {0.0, 0.5, 0.999}) {
            w.setDecision(Var.JP_SANCTIONS, 0);
            assertEquals(r.optionIndex("limited"), r.decide(m, w, u));
        }
        assertEquals("JP.sanctions=limited intervention: forced", causes.get(0));
        // Forbid the option in force: the rule must leave it, to the nearest allowed level.
        r.intervene(S.months(), 1, 1, -1, 1L << r.optionIndex("limited"));
        w.setMonth(1);
        w.setDecision(Var.JP_SANCTIONS, 1);
        int k = r.decide(m, w, 0.5);
        assertNotEquals(r.optionIndex("limited"), k);
    }

    @Test void everyRuleReadsOnlyDeclaredParametersTheFileHasAndTheFileHasNoOrphans() {
        Set<String> declared = new LinkedHashSet<>();
        for (DecisionRule r : Decisions.create()) {
            for (String p : r.parameters()) {
                assertTrue(S.parameters().contains(p), r.id() + " reads " + p + ", which the parameter file lacks");
                assertTrue(p.startsWith(r.id().toLowerCase(java.util.Locale.ROOT) + "."), p);
                declared.add(p);
            }
        }
        Set<String> prefixes = new LinkedHashSet<>();
        for (DecisionRule r : Decisions.create()) prefixes.add(r.id().toLowerCase(java.util.Locale.ROOT) + ".");
        for (ParameterSpec p : S.parameters().specs().values()) {
            for (String pre : prefixes) {
                if (p.name().startsWith(pre)) assertTrue(declared.contains(p.name()), "no rule reads " + p.name());
            }
        }
    }

    @Test void everyRuleHasASentenceForEveryOptionAndTheCatalogueListsThem() {
        var cat = Decisions.catalogue();
        for (DecisionRule r : Decisions.create()) {
            assertEquals(r.options(), cat.get(r.id()));
            for (int k = 0; k < r.optionCount(); k++) assertFalse(r.sentence(k).isBlank(), r.id() + " " + r.option(k));
        }
        assertTrue(cat.keySet().containsAll(List.of("RU.declared_offer", "RU.talks", "RU.legal_cap", "RU.garrison", "RU.joint_activity",
                "JP.declared_demand", "JP.aid", "JP.sanctions", "JP.talks", "US.press", "US.sanctions", "CN.stance", "CN.alignment",
                "JP.accept", "RU.accept", "JP_RU.round")), cat.keySet().toString());
    }

    @Test void oneUniformPerRuleEveryMonthWhateverIsForced() {
        // Common random numbers: an intervention that never changes a choice leaves every draw, and so every result, as it was.
        TreatyModel a = new TreatyModel(5, S, ParameterDraw.bestValues(S.parameters()), null).runToEnd();
        ModelParams p = a.params();
        assertNotNull(p);
        double before = a.random.nextDouble();
        TreatyModel b = new TreatyModel(5, S, ParameterDraw.bestValues(S.parameters()), null);
        DecisionRule aid = Decisions.find(b.rules(), "JP.aid");
        aid.intervene(S.months(), 0, S.months() - 1, -1, 1L << aid.optionIndex("grand-bargain"));
        b.runToEnd();
        assertEquals(before, b.random.nextDouble(), 0.0, "the random stream is where it would be without the intervention");
    }
}
