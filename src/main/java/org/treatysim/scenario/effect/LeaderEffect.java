package org.treatysim.scenario.effect;

import org.treatysim.io.Node;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Effect;
import org.treatysim.scenario.EffectType;
import org.treatysim.scenario.NumberRef;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.WorldState;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code leader}: a new Japanese or Soviet/Russian leader takes office with a base commitment to a deal. */
public record LeaderEffect(Country country, String name, NumberRef commitment) implements Effect {
    public static final EffectType TYPE = new EffectType() {
        public String op() { return "leader"; }
        public Set<String> fields() { return Set.of("country", "name", "commitment"); }
        public String summary() { return "a new leader (country JP or RU) with a base commitment 0-1"; }
        public Effect parse(Node n) {
            String c = n.required("country", "JP or RU").asString("JP or RU (SU is written RU here)", Pattern.compile("JP|RU|SU"));
            String name = n.required("name", "the leader's name").asString("the leader's name");
            NumberRef k = NumberRef.of(n.required("commitment", "a base commitment between 0 and 1"), "a commitment 0-1");
            if (!k.isParameter()) n.field("commitment").asDouble("a commitment", 0, 1);
            return new LeaderEffect("JP".equals(c) ? Country.JP : Country.RU, name, k);
        }
    };

    @Override public void apply(WorldState w, ParameterValues p) {
        double k = commitment.resolve(p);
        w.setLeader(country, name, k < 0 ? 0 : (k > 1 ? 1 : k));
    }
    @Override public String op() { return "leader"; }
    @Override public List<NumberRef> references() { return List.of(commitment); }
    @Override public String describe() { return country + " leader: " + name + " (commitment " + commitment + ")"; }
}
