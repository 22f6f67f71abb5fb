package org.treatysim.model;

import org.treatysim.scenario.Var;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Japan-Russia dyad. Each month:
 * <ul>
 *   <li>government affinity follows reciprocity: it relaxes toward its baseline plus the two leaders' joint
 *       commitment, minus US pressure;</li>
 *   <li>trade grows at its trend rate, less {@code dyad.sanctions_trade_growth_pp} per level of Japanese sanctions,
 *       with a log-normal shock;</li>
 *   <li>incidents (fishing seizures, airspace violations, visits to the islands) arrive as a Poisson process whose
 *       rate rises with US-Russian tension; each lowers Japanese favourability and affinity.</li>
 * </ul>
 * Exactly one Gaussian and one uniform are drawn each month whatever the state, so replications of different
 * scenarios stay on common random numbers.
 */
public final class Relations implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Monthly rate of the slow averages (a 12-month half-life) that tell a recent rise from a standing level. */
    private static final double SLOW_RATE = Rates.perMonth(12);

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        ModelParams p = m.params();
        w.ageSlowAverages(SLOW_RATE);
        double joint = w.value(Var.JP_COMMITMENT) + w.value(Var.RU_COMMITMENT) - 1.0;
        double aff = w.baseline(Var.JP_RU_AFFINITY) + p.get(Coefficient.AFFINITY_COMMITMENT) * joint - p.get(Coefficient.AFFINITY_PRESSURE) * w.value(Var.US_PRESSURE);
        w.relax(Var.JP_RU_AFFINITY, aff, m.rate(Coefficient.AFFINITY_HALFLIFE));

        w.relax(Var.JP_RU_TRADE_GROWTH, w.baseline(Var.JP_RU_TRADE_GROWTH), m.rate(Coefficient.EXO_HALFLIFE));
        double sd = p.get(Coefficient.TRADE_NOISE_SD);
        double g = w.value(Var.JP_RU_TRADE_GROWTH) - p.get(Coefficient.SANCTIONS_TRADE_GROWTH) * w.value(Var.JP_SANCTIONS);
        double growth = g == 0.0 ? 1.0 : Math.pow(1.0 + g / 100.0, 1.0 / 12.0);
        double shock = Math.exp(sd * m.random.nextGaussian() - 0.5 * sd * sd);
        w.set(Var.JP_RU_TRADE, w.value(Var.JP_RU_TRADE) * growth * shock);

        double lambda = p.get(Coefficient.INCIDENT_RATE) / 12.0 * (0.5 + w.value(Var.US_TENSION_RU));
        int incidents = poisson(lambda, m.random.nextDouble());
        if (incidents > 0) {
            w.set(Var.JP_FAVOURABILITY_RU, w.value(Var.JP_FAVOURABILITY_RU) - incidents * p.get(Coefficient.INCIDENT_FAV_SHOCK));
            w.set(Var.JP_RU_AFFINITY, w.value(Var.JP_RU_AFFINITY) - incidents * p.get(Coefficient.INCIDENT_AFFINITY_SHOCK));
        }
    }

    /**
     * Poisson count by inversion of one uniform. Library samplers draw a variable number of uniforms, which would
     * break the alignment of random streams across paired scenarios.
     */
    public static int poisson(double lambda, double u) {
        double p = Math.exp(-lambda), cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= lambda / k;
            cdf += p;
        }
        return k;
    }
}
