package org.treatysim.model.negotiation;

import org.treatysim.model.ExpectedUtilityModel;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

import java.util.ArrayList;
import java.util.List;

/**
 * Bueno de Mesquita's expected-utility model (as reconstructed by Scholz, Calbert and Smith 2011) in the offers
 * protocol. Four governments hold stated positions on the island axis, carried from month to month: Japan at its
 * declared demand, Russia at its declared offer, the United States at {@code eu.us_position} with salience equal to
 * its pressure, China at {@code 2 + 2 x CN.stance_kurils} with salience |stance|; capabilities {@code eu.capability_*}.
 * Each month one round of the model moves the positions (a side whose declared position changes restarts from it).
 * A proposer offers the model's forecast (the weighted median), moved inside its own win-set; win-sets and
 * ratification are the two-level theory's domestic level, so the theories differ in how the offer is formed.
 */
public final class ExpectedUtilityTheory implements BargainingTheory {
    private final DomesticLevel domestic = new DomesticLevel();
    private ModelParams p;
    private int capJp, capRu, capUs, capCn, salJp, salRu, usPosition, q;
    private final double[] pos = new double[4];
    private double lastJp = Double.NaN, lastRu = Double.NaN, lastCn = Double.NaN, lastUs = Double.NaN;
    private double forecast = 2.0;

    @Override public String name() { return "expected-utility"; }

    @Override public String summary() {
        return "Bueno de Mesquita's expected-utility model (Scholz, Calbert & Smith 2011) among Japan, Russia, the US and China, positions carried month to month";
    }

    @Override public List<String> parameters() {
        List<String> out = new ArrayList<>(DomesticLevel.PARAMETERS);
        out.addAll(List.of("eu.capability_jp", "eu.capability_ru", "eu.capability_us", "eu.capability_cn", "eu.salience_jp",
                "eu.salience_ru", "eu.us_position", "eu.q"));
        return out;
    }

    @Override public void bind(ModelParams p) {
        this.p = p;
        domestic.bind(p);
        capJp = p.index("eu.capability_jp");
        capRu = p.index("eu.capability_ru");
        capUs = p.index("eu.capability_us");
        capCn = p.index("eu.capability_cn");
        salJp = p.index("eu.salience_jp");
        salRu = p.index("eu.salience_ru");
        usPosition = p.index("eu.us_position");
        q = p.index("eu.q");
    }

    /** The forecast (weighted median of the positions) after this month's round. */
    public double forecast() { return forecast; }

    public double[] positions() { return pos.clone(); }

    @Override public void month(TreatyModel m, World w) {
        double jp = w.value(Var.JP_DECLARED_DEMAND), ru = w.value(Var.RU_DECLARED_OFFER), cn = 2.0 + 2.0 * w.value(Var.CN_STANCE_KURILS);
        if (jp != lastJp) { pos[0] = jp; lastJp = jp; }
        if (ru != lastRu) { pos[1] = ru; lastRu = ru; }
        if (cn != lastCn) { pos[3] = cn; lastCn = cn; }
        double us = p.value(usPosition);
        if (us != lastUs) { pos[2] = us; lastUs = us; }
        double stance = Math.abs(w.value(Var.CN_STANCE_KURILS));
        List<ExpectedUtilityModel.Actor> actors = List.of(
                new ExpectedUtilityModel.Actor("JP", p.value(capJp), pos[0], p.value(salJp)),
                new ExpectedUtilityModel.Actor("RU", p.value(capRu), pos[1], p.value(salRu)),
                new ExpectedUtilityModel.Actor("US", p.value(capUs), pos[2], Math.min(1.0, w.value(Var.US_PRESSURE))),
                new ExpectedUtilityModel.Actor("CN", p.value(capCn), pos[3], Math.min(1.0, stance)));
        double lo = Math.min(Math.min(pos[0], pos[1]), Math.min(pos[2], pos[3]));
        double hi = Math.max(Math.max(pos[0], pos[1]), Math.max(pos[2], pos[3]));
        ExpectedUtilityModel eu = new ExpectedUtilityModel(actors, p.value(q));
        if (hi - lo > 1e-9) {
            eu.step();
            double[] x = eu.positions();
            System.arraycopy(x, 0, pos, 0, 4);
        }
        forecast = eu.median();
    }

    @Override public double jpMin(World w) { return Math.max(w.value(Var.JP_MIN_ACCEPT), domestic.jpRatifiableMin(w)); }

    @Override public double ruMax(World w) { return Math.min(w.value(Var.RU_MAX_OFFER), domestic.ruRatifiableMax(w)); }

    @Override public double propose(Country proposer, World w, double jpMin, double ruMax) {
        if (proposer == Country.JP) return jpMin > 4.0 ? Double.NaN : Math.max(Math.max(0.0, jpMin), Math.min(4.0, forecast));
        return ruMax < 0.0 ? Double.NaN : Math.min(Math.min(4.0, ruMax), Math.max(0.0, forecast));
    }

    @Override public double ratifyJp(World w, double islands) { return domestic.ratifyJp(w, islands); }

    @Override public double ratifyRu(World w, double islands) { return domestic.ratifyRu(w, islands); }
}
