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
import java.util.regex.Pattern;

/**
 * {@code ratchet}: a legal or political bar — a cap on {@code RU.max_offer} (e.g. the 2020 constitutional ban
 * on ceding territory) or a floor on {@code JP.min_accept} (e.g. the 2009 "inherent territory" law). Stays until lifted.
 */
public record RatchetEffect(String id, Var var, NumberRef bound) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "ratchet"; }
        public Set<String> fields() { return Set.of("id", "var", "bound"); }
        public String summary() { return "a legal/political bar: a cap on RU.max_offer or a floor on JP.min_accept, until lifted"; }
        public Effect parse(Node n) {
            String id = n.required("id", "a ratchet id such as ru-constitution-2020").asString("a ratchet id of lower-case letters, digits and dashes", Pattern.compile("[a-z0-9][a-z0-9-]*"));
            Var v = Effects.writableVar(n);
            if (v != Var.RU_MAX_OFFER && v != Var.JP_MIN_ACCEPT) throw n.field("var").error("a ratchet bounds RU.max_offer (a cap) or JP.min_accept (a floor), not " + v.id, "use var: RU.max_offer or var: JP.min_accept");
            NumberRef b = NumberRef.of(n.required("bound", "the bound on the island axis, 0-4"), "the bound, 0-4");
            if (!b.isParameter()) n.field("bound").asDouble("the island axis", 0, 4);
            return new RatchetEffect(id, v, b);
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) { w.addRatchet(id, var, bound.resolve(p)); }
    @Override public boolean decisionOnly() { return true; }
    @Override public String op() { return "ratchet"; }
    @Override public List<NumberRef> references() { return List.of(bound); }
    @Override public String describe() { return (var == Var.RU_MAX_OFFER ? "cap on " : "floor on ") + var.id + " at " + bound + " (" + id + ")"; }
}
