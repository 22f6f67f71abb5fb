package org.treatysim.scenario;

import org.treatysim.io.Names;
import org.treatysim.io.Node;
import org.treatysim.scenario.effect.BaselineEffect;
import org.treatysim.scenario.effect.ChannelEffect;
import org.treatysim.scenario.effect.ImpulseEffect;
import org.treatysim.scenario.effect.LeaderEffect;
import org.treatysim.scenario.effect.LiftRatchetEffect;
import org.treatysim.scenario.effect.RatchetEffect;
import org.treatysim.scenario.effect.ScaleEffect;
import org.treatysim.scenario.effect.SetEffect;
import org.treatysim.scenario.effect.ShiftEffect;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The registry of effect types, keyed by their {@code op:} name. */
public final class Effects {
    public static final Map<String, EffectType> REGISTRY;
    static {
        Map<String, EffectType> m = new LinkedHashMap<>();
        for (EffectType t : new EffectType[] {
                SetEffect.TYPE, ShiftEffect.TYPE, ScaleEffect.TYPE, BaselineEffect.TYPE, ImpulseEffect.TYPE,
                ChannelEffect.TYPE, LeaderEffect.TYPE, RatchetEffect.TYPE, LiftRatchetEffect.TYPE}) {
            m.put(t.op(), t);
        }
        REGISTRY = java.util.Collections.unmodifiableMap(m);
    }

    private Effects() {}

    public static Effect parse(Node node) {
        node.requireObject("an effect such as {op: set, var: RU.max_offer, value: 2}");
        String op = node.required("op", "one of " + String.join(", ", REGISTRY.keySet())).asString("an operation name");
        EffectType type = REGISTRY.get(op);
        if (type == null) {
            String close = Names.closest(op, REGISTRY.keySet());
            throw node.field("op").error("unknown effect op '" + op + "'",
                    (close != null ? "did you mean '" + close + "'? " : "") + "known ops: " + String.join(", ", REGISTRY.keySet()));
        }
        Set<String> allowed = new HashSet<>(type.fields());
        allowed.add("op");
        node.onlyFields(allowed);
        return type.parse(node);
    }

    /** Reads the {@code var} field as a state variable that events may write. */
    public static Var writableVar(Node node) {
        Node f = node.required("var", "a state variable such as RU.max_offer");
        String id = f.asString("a state variable name");
        Var v = Var.byId(id);
        if (v == null) {
            String close = Names.closest(id, Var.ids());
            throw f.error("unknown state variable '" + id + "'",
                    (close != null ? "did you mean '" + close + "'? " : "") + "see the table in docs/scenario-format.md");
        }
        if (!v.writable()) throw f.error(id + " is computed by the model and cannot be written by an event", "write one of the variables it is computed from");
        return v;
    }

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
}
