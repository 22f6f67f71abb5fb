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

/** {@code impulse}: a temporary addition to a variable that decays with a stated half-life (e.g. a summit's boost). */
public record ImpulseEffect(Var var, NumberRef by, NumberRef halfLifeMonths) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "impulse"; }
        public Set<String> fields() { return Set.of("var", "by", "half_life_months"); }
        public String summary() { return "a temporary addition that decays with a half-life in months"; }
        public Effect parse(Node n) {
            Var v = Effects.writableVar(n);
            NumberRef by = NumberRef.of(n.required("by", "the size of the impulse"), "the size of the impulse");
            NumberRef hl = NumberRef.of(n.required("half_life_months", "the half-life in months, e.g. 6"), "a half-life in months");
            if (!hl.isParameter()) {
                double h = hl.resolve(null);
                if (!(h > 0 && h <= 600)) throw n.field("half_life_months").error("half_life_months must be in (0, 600], found " + h, "use a half-life in months, e.g. 6");
            }
            return new ImpulseEffect(v, by, hl);
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) {
        w.addImpulse(var, by.resolve(p), Math.max(1e-3, halfLifeMonths.resolve(p)));
    }
    @Override public boolean decisionOnly() { return var.kind == Var.Kind.DECISION; }
    @Override public String op() { return "impulse"; }
    @Override public List<NumberRef> references() { return List.of(by, halfLifeMonths); }
    @Override public String describe() { return var.id + " +~ " + by + " (half-life " + halfLifeMonths + " mo)"; }
}
