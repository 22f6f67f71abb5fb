package org.treatysim.scenario.effect;

import org.treatysim.io.Node;
import org.treatysim.scenario.Effect;
import org.treatysim.scenario.EffectType;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.WorldState;

import java.util.Set;

/** {@code channel}: opens or suspends the peace-treaty negotiation channel. */
public record ChannelEffect(boolean open) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "channel"; }
        public Set<String> fields() { return Set.of("open"); }
        public String summary() { return "open (true) or suspend (false) the negotiation channel"; }
        public Effect parse(Node n) {
            return new ChannelEffect(n.required("open", "true or false").asBoolean());
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) { w.setChannelOpen(open); }
    @Override public boolean decisionOnly() { return true; }
    @Override public String op() { return "channel"; }
    @Override public String describe() { return open ? "talks open" : "talks suspended"; }
}
