package org.treatysim.scenario.effect;

import org.treatysim.io.Node;
import org.treatysim.scenario.Effect;
import org.treatysim.scenario.EffectType;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.WorldState;

import java.util.Set;
import java.util.regex.Pattern;

/** {@code lift_ratchet}: removes a ratchet added earlier by its id. */
public record LiftRatchetEffect(String id) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "lift_ratchet"; }
        public Set<String> fields() { return Set.of("id"); }
        public String summary() { return "remove a ratchet added earlier, by id"; }
        public Effect parse(Node n) {
            return new LiftRatchetEffect(n.required("id", "the id of a ratchet added earlier").asString("a ratchet id", Pattern.compile("[a-z0-9][a-z0-9-]*")));
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) { w.liftRatchet(id); }
    @Override public boolean decisionOnly() { return true; }
    @Override public String op() { return "lift_ratchet"; }
    @Override public String describe() { return "lift " + id; }
}
