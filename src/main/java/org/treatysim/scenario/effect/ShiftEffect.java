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

/** {@code shift}: adds an amount to a state variable now. */
public record ShiftEffect(Var var, NumberRef by) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "shift"; }
        public Set<String> fields() { return Set.of("var", "by"); }
        public String summary() { return "add an amount to a state variable now"; }
        public Effect parse(Node n) {
            return new ShiftEffect(Effects.writableVar(n), NumberRef.of(n.required("by", "the amount to add"), "the amount to add"));
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) { w.set(var, w.get(var) + by.resolve(p)); }
    @Override public boolean decisionOnly() { return var.kind == Var.Kind.DECISION; }
    @Override public String op() { return "shift"; }
    @Override public List<NumberRef> references() { return List.of(by); }
    @Override public String describe() { return var.id + " += " + by; }
}
