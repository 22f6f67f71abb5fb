package org.treatysim.model;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.experiment.Scenarios;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;
import sim.util.Interval;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelPropertiesTest {
    static final Scenario BASELINE = Scenarios.load(Path.of("scenarios", "baseline.yaml"));

    static TreatyModel model(long seed) {
        return new TreatyModel(seed, BASELINE, ParameterDraw.bestValues(BASELINE.parameters()), null);
    }

    @Test void everyCoefficientIsASliderOverItsPlausibleRange() {
        ModelProperties p = new ModelProperties(model(1));
        for (Coefficient c : Coefficient.values()) {
            int i = ModelProperties.indexOf(c);
            ParameterSpec s = BASELINE.parameters().spec(c.key);
            assertEquals(c.key, p.getName(i));
            assertTrue(p.isReadWrite(i), c.key + " is writable");
            assertEquals(s.value(), (Double) p.getValue(i), 0.0, c.key + " starts at its best value");
            if (s.high() > s.low()) {
                Interval d = assertInstanceOf(Interval.class, p.getDomain(i), c.key);
                assertEquals(s.low(), d.getMin().doubleValue(), 0.0);
                assertEquals(s.high(), d.getMax().doubleValue(), 0.0);
            }
            assertTrue(p.getDescription(i).contains(s.unit()), c.key + " describes its unit");
        }
    }

    @Test void stateIsReadOnlyAndNamedByVariable() {
        TreatyModel m = model(1);
        m.start();
        m.schedule.step(m);
        ModelProperties p = new ModelProperties(m);
        for (Var v : Var.values()) {
            int i = ModelProperties.indexOf(v);
            assertEquals(v.id, p.getName(i));
            assertFalse(p.isReadWrite(i));
            assertEquals(Math.round(m.state().get(v) * 1e4) / 1e4, (Double) p.getValue(i), 0.0, v.id);
        }
        assertEquals(Coefficient.COUNT + 4 + Var.COUNT, p.numProperties());
        assertEquals(BASELINE.start().toString(), p.getValue(Coefficient.COUNT), "month completed");
    }

    @Test void settingInRangeWritesTheModelAndOutOfRangeIsRefused() {
        TreatyModel m = model(1);
        ModelProperties p = new ModelProperties(m);
        assertEquals("no", p.getValue(Coefficient.COUNT + 3), "no treaty before the run starts");
        assertEquals("(not started)", p.getValue(Coefficient.COUNT));
        ParameterSpec s = BASELINE.parameters().spec(Coefficient.H_MAX.key);
        int i = ModelProperties.indexOf(Coefficient.H_MAX);
        double mid = (s.low() + s.high()) / 2;
        p.setValue(i, Double.toString(mid)); // the inspector's path: text in, parsed to the property's type
        assertEquals(mid, m.params().get(Coefficient.H_MAX), 0.0);
        p.setValue(i, Double.valueOf(s.high() * 2 + 1));
        assertEquals(mid, m.params().get(Coefficient.H_MAX), 0.0, "a value above the plausible range is refused");
        p.setValue(i, Double.valueOf(s.low() - 1));
        assertEquals(mid, m.params().get(Coefficient.H_MAX), 0.0, "a value below the plausible range is refused");
        int v = ModelProperties.indexOf(Var.JP_MIN_ACCEPT);
        p.setValue(v, Double.valueOf(1.0));
        assertEquals(Double.NaN, (Double) p.getValue(v), "state cannot be written (and is NaN before start)");
    }

    @Test void aHigherMaximumHazardRaisesTheHazardOfTheSameMonth() {
        // negotiation.h_max sets the hazard of the scripted null (the agent model's hazard comes from offers)
        Scenario scripted = BASELINE.withAgents(Scenario.Agents.SCRIPTED);
        ParameterSpec s = scripted.parameters().spec(Coefficient.H_MAX.key);
        double[] h = new double[2];
        double[] set = {s.low(), s.high()};
        for (int k = 0; k < 2; k++) {
            TreatyModel m = new TreatyModel(7, scripted, ParameterDraw.bestValues(scripted.parameters()), null);
            new ModelProperties(m).setValue(ModelProperties.indexOf(Coefficient.H_MAX), Double.valueOf(set[k]));
            m.start();
            m.schedule.step(m);
            h[k] = m.state().get(Var.TREATY_HAZARD_ANNUAL);
        }
        assertTrue(h[1] > 0, "the first month has a positive hazard");
        assertTrue(h[0] < h[1], "hazard at h_max low " + h[0] + " < at high " + h[1]);
    }
}
