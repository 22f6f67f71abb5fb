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

/** {@code scale}: multiplies a state variable now (e.g. trade after sanctions). */
public record ScaleEffect(Var var, NumberRef factor) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "scale"; }
        public Set<String> fields() { return Set.of("var", "factor"); }
        public String summary() { return "multiply a state variable now"; }
        public Effect parse(Node n) {
            Var v = Effects.writableVar(n);
            NumberRef f = NumberRef.of(n.required("factor", "a multiplier such as 0.6"), "a multiplier");
            if (!f.isParameter() && f.resolve(null) < 0) throw n.field("factor").error("factor must not be negative", "use a multiplier >= 0, e.g. 0.6 for a 40% fall");
            return new ScaleEffect(v, f);
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) { w.set(var, w.get(var) * factor.resolve(p)); }
    @Override public boolean decisionOnly() { return var.kind == Var.Kind.DECISION; }
    @Override public String op() { return "scale"; }
    @Override public List<NumberRef> references() { return List.of(factor); }
    @Override public String describe() { return var.id + " *= " + factor; }
}
