package org.treatysim.model;

import org.treatysim.scenario.Var;

import java.util.List;

/**
 * Bueno de Mesquita's expected-utility model (as reconstructed by Scholz, Calbert and Smith 2011) applied each
 * month to four actors on the island axis (0-4 islands to Japan):
 * <ul>
 *   <li>Japan at {@code JP.min_accept}, salience {@code eu.salience_jp};</li>
 *   <li>Russia at {@code RU.max_offer}, salience {@code eu.salience_ru};</li>
 *   <li>the United States at {@code eu.us_position} (pushing Japan toward all four islands), salience
 *       {@code US.pressure};</li>
 *   <li>China at {@code 2 + 2 x CN.stance_kurils} (+1 backs Japan's four-island claim, -1 Russia's), salience
 *       {@code |CN.stance_kurils|};</li>
 * </ul>
 * with capabilities {@code eu.capability_*} from the parameter file. The model runs {@code eu.rounds} rounds; the
 * month's chance of agreement is {@code exp(-gap / eu.gap_scale_islands)}, where gap is the distance left between
 * the predicted Japanese and Russian positions, and the deal lies at their midpoint. Ratification is the two-level
 * theory's domestic level, so the theories differ only in how the governments reach a deal. The monthly hazard is
 * {@code h_max x channel x commitment_JP x commitment_RU x convergence x P(ratify)}: the leaders must still want to
 * sign. Salience is how much the issue matters to an actor (high for both claimants), not a leader's will to settle.
 */
public final class ExpectedUtilityTheory implements BargainingTheory {
    private ModelParams cachedFor;
    private double capJp, capRu, capUs, capCn, salJp, salRu, usPosition, q, gapScale;
    private int rounds;

    @Override public String name() { return "expected-utility"; }

    @Override public String summary() { return "Bueno de Mesquita's expected-utility model (Scholz, Calbert & Smith 2011) among Japan, Russia, the US and China"; }

    private void read(ModelParams p) {
        if (cachedFor == p) return;
        capJp = p.get("eu.capability_jp");
        capRu = p.get("eu.capability_ru");
        capUs = p.get("eu.capability_us");
        capCn = p.get("eu.capability_cn");
        salJp = p.get("eu.salience_jp");
        salRu = p.get("eu.salience_ru");
        usPosition = p.get("eu.us_position");
        q = p.get("eu.q");
        gapScale = p.get("eu.gap_scale_islands");
        rounds = (int) Math.round(p.get("eu.rounds"));
        cachedFor = p;
    }

    @Override public void evaluate(World w, ModelParams p, Outcome out) {
        read(p);
        double stance = w.v(Var.CN_STANCE_KURILS);
        List<ExpectedUtilityModel.Actor> actors = List.of(
                new ExpectedUtilityModel.Actor("JP", capJp, w.v(Var.JP_MIN_ACCEPT), salJp),
                new ExpectedUtilityModel.Actor("RU", capRu, w.v(Var.RU_MAX_OFFER), salRu),
                new ExpectedUtilityModel.Actor("US", capUs, usPosition, w.v(Var.US_PRESSURE)),
                new ExpectedUtilityModel.Actor("CN", capCn, 2.0 + 2.0 * stance, Math.abs(stance)));
        ExpectedUtilityModel m = new ExpectedUtilityModel(actors, q);
        m.run(rounds);
        double[] x = m.positions();
        double gap = Math.abs(x[0] - x[1]);
        double convergence = Math.exp(-gap / gapScale);
        out.pZopa = convergence;
        out.settlement = Math.max(0.0, Math.min(4.0, 0.5 * (x[0] + x[1])));
        out.pRatify = TwoLevelTheory.ratifyRussia(w, p) * TwoLevelTheory.ratifyJapan(out.settlement, p);
        double channel = w.channelOpen() ? 1.0 : 0.0;
        out.hazard = p.get(P.H_MAX) * channel * w.v(Var.JP_COMMITMENT) * w.v(Var.RU_COMMITMENT) * convergence * out.pRatify;
    }
}
