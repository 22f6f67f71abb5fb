package org.treatysim.model.negotiation;

import org.treatysim.model.ModelParams;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * Putnam's (1988) two-level game in the offers protocol. Level I: each government's bound is its reservation point
 * ({@code JP.min_accept}, {@code RU.max_offer}). Level II: it can sign only what it can also ratify
 * ({@link DomesticLevel}), so its win-set is the intersection of the two. A proposer makes the screening offer that
 * maximises its expected gain under its belief about the other's win-set; the responder accepts what lies in its own
 * win-set; ratification is then drawn at home. A side with a smaller win-set cannot be offered more than it can
 * ratify, so the settlement leans its way (Schelling 1960).
 */
public final class TwoLevelTheory implements BargainingTheory {
    private final DomesticLevel domestic = new DomesticLevel();
    private ModelParams p;
    private int minAccept;

    @Override public String name() { return "two-level"; }

    @Override public String summary() {
        return "Putnam's two-level game: screening offers under private information within win-sets narrowed by ratification at home";
    }

    @Override public List<String> parameters() {
        List<String> out = new ArrayList<>(DomesticLevel.PARAMETERS);
        out.add("negotiation.min_offer_accept_prob");
        return out;
    }

    @Override public void bind(ModelParams p) {
        this.p = p;
        domestic.bind(p);
        minAccept = p.index("negotiation.min_offer_accept_prob");
    }

    @Override public double jpMin(World w) {
        return Math.max(w.value(Var.JP_MIN_ACCEPT), domestic.jpRatifiableMin(w));
    }

    @Override public double ruMax(World w) {
        return Math.min(w.value(Var.RU_MAX_OFFER), domestic.ruRatifiableMax(w));
    }

    @Override public double propose(Country proposer, World w, double jpMin, double ruMax) {
        double least = p.value(minAccept);
        if (proposer == Country.JP) {
            if (jpMin > 4.0) return Double.NaN;
            double lo = Math.max(0.0, jpMin), mean = w.jpBeliefMean(), sd = w.jpBeliefSd();
            double x = Offers.argmax(v -> (v - lo + 1e-3) * Offers.acceptAbove(v, mean, sd) * ratifyJp(w, v) * ratifyRu(w, v), lo, 4.0);
            return Offers.acceptAbove(x, mean, sd) < least ? Double.NaN : x;
        }
        if (ruMax < 0.0) return Double.NaN;
        double hi = Math.min(4.0, ruMax), mean = w.ruBeliefMean(), sd = w.ruBeliefSd();
        double y = Offers.argmax(v -> (hi - v + 1e-3) * Offers.acceptBelow(v, mean, sd) * ratifyJp(w, v) * ratifyRu(w, v), 0.0, hi);
        return Offers.acceptBelow(y, mean, sd) < least ? Double.NaN : y;
    }

    /** The most islands Russia can ratify with probability at least the threshold (+inf when its public does not count). */
    public double domesticBound(World w) { return domestic.ruRatifiableMax(w); }

    @Override public double ratifyJp(World w, double islands) { return domestic.ratifyJp(w, islands); }

    @Override public double ratifyRu(World w, double islands) { return domestic.ratifyRu(w, islands); }
}
