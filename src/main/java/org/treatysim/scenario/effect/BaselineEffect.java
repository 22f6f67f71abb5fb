package org.treatysim.scenario.effect;

import org.treatysim.io.Node;
import org.treatysim.scenario.Effect;
import org.treatysim.scenario.EffectType;
import org.treatysim.scenario.Effects;
import org.treatysim.scenario.NumberRef;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Var;
import org.treatysim.scenario.WorldState;

import java.util.List;
import java.util.Set;

/**
 * {@code baseline}: sets the level a variable relaxes toward. For the exogenous indices this is their
 * long-run level; for the publics, their level before the model's feedbacks; for the two reservation points,
 * the government's declared position.
 */
public record BaselineEffect(Var var, NumberRef value) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "baseline"; }
        public Set<String> fields() { return Set.of("var", "value"); }
        public String summary() { return "set the level a variable relaxes toward (exogenous indices, publics, declared positions)"; }
        public Effect parse(Node n) {
            Var v = Effects.writableVar(n);
            if (!v.hasBaseline()) {
                throw n.field("var").error(v.id + " has no baseline: it is driven by the model's dynamics",
                        "use set, shift or impulse on " + v.id + ", or baseline on a variable it follows");
            }
            NumberRef val = NumberRef.of(n.required("value", "the new baseline"), "the new baseline");
            if (!val.isParameter()) {
                double x = val.resolve(null);
                if (x < v.min || x > v.max) throw n.field("value").error("baseline " + x + " is outside " + v.id + "'s range [" + v.min + ", " + v.max + "] (" + v.unit + ")", "use a value in the variable's range");
            }
            return new BaselineEffect(v, val);
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) { w.setBaseline(var, value.resolve(p)); }
    /** A declared position (the baseline of a reservation point) or a decision variable is chosen by the agents. */
    @Override public boolean decisionOnly() {
        return var.kind == Var.Kind.DECISION || var == Var.JP_MIN_ACCEPT || var == Var.RU_MAX_OFFER;
    }
    @Override public String op() { return "baseline"; }
    @Override public List<NumberRef> references() { return List.of(value); }
    @Override public String describe() { return var.id + " -> " + value; }
}
