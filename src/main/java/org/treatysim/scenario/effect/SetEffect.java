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

/** {@code set}: sets a state variable now; it then evolves by its own dynamics. */
public record SetEffect(Var var, NumberRef value) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "set"; }
        public Set<String> fields() { return Set.of("var", "value"); }
        public String summary() { return "set a state variable now"; }
        public Effect parse(Node n) {
            return new SetEffect(Effects.writableVar(n), NumberRef.of(n.required("value", "the new value"), "the new value"));
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) { w.set(var, value.resolve(p)); }
    @Override public boolean decisionOnly() { return var.kind == Var.Kind.DECISION; }
    @Override public String op() { return "set"; }
    @Override public List<NumberRef> references() { return List.of(value); }
    @Override public String describe() { return var.id + " := " + value; }
}
