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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry of effect types, keyed by their {@code op:} name. Adding an effect type: one class, one line here
 * (tests add and remove throw-away ones with {@link #register} and {@link #unregister}).
 */
public final class Effects {
    private static final Map<String, EffectType> REGISTRY = new LinkedHashMap<>();
    static {
        for (EffectType t : new EffectType[] {
                SetEffect.TYPE, ShiftEffect.TYPE, ScaleEffect.TYPE, BaselineEffect.TYPE, ImpulseEffect.TYPE,
                ChannelEffect.TYPE, LeaderEffect.TYPE, RatchetEffect.TYPE, LiftRatchetEffect.TYPE}) {
            register(t);
        }
    }

    private Effects() {}

    /** Adds an effect type; its fields' kinds are checked at once, so a type the schema cannot describe never loads. */
    public static synchronized void register(EffectType t) {
        if (REGISTRY.containsKey(t.op())) throw new IllegalArgumentException("effect op '" + t.op() + "' is registered already");
        for (String f : t.fields()) t.fieldKind(f);
        REGISTRY.put(t.op(), t);
    }

    /** Removes an effect type added by {@link #register} (tests). */
    public static synchronized void unregister(String op) {
        REGISTRY.remove(op);
    }

    /** The effect types in registration order. */
    public static synchronized List<EffectType> types() {
        return List.copyOf(REGISTRY.values());
    }

    /** Their op names, in registration order. */
    public static synchronized List<String> ops() {
        return List.copyOf(REGISTRY.keySet());
    }

    private static synchronized EffectType type(String op) {
        return REGISTRY.get(op);
    }

    public static Effect parse(Node node) {
        node.requireObject("an effect such as {op: set, var: RU.max_offer, value: 2}");
        String op = node.required("op", "one of " + String.join(", ", ops())).asString("an operation name");
        EffectType type = type(op);
        if (type == null) {
            String close = Names.closest(op, ops());
            throw node.field("op").error("unknown effect op '" + op + "'",
                    (close != null ? "did you mean '" + close + "'? " : "") + "known ops: " + String.join(", ", ops()));
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
