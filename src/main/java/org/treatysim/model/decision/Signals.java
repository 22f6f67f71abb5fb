package org.treatysim.model.decision;

import org.treatysim.model.Coefficient;
import org.treatysim.model.ModelParams;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

/** State signals several decision rules read, each with a plain meaning. */
public final class Signals {
    private Signals() {}

    /** Moscow's need for Japanese capital net of what China can supply instead (0-1). */
    public static double effectiveNeed(World w, ModelParams p) {
        return w.value(Var.RU_ECONOMIC_NEED) * (1.0 - p.get(Coefficient.RU_CHINA_SUBSTITUTION) * w.value(Var.CN_ALIGNMENT_RU));
    }

    /** How far the US-Japan alliance has deepened in the last year or so: level above its slow average (>= 0). */
    public static double allianceUpgrade(World w) { return Math.max(0.0, w.value(Var.US_ALLIANCE_JP) - w.allianceSlow()); }

    /** How far Japan's sanctions have risen recently: level above its slow average (>= 0, in levels). */
    public static double sanctionsRise(World w) { return Math.max(0.0, w.value(Var.JP_SANCTIONS) - w.jpSanctionsSlow()); }

    /** 1 just after an event at month {@code since}, decaying with a 6-month e-folding time; 0 if it never happened. */
    public static double recent(World w, int since) {
        if (since < -500) return 0.0;
        int dt = w.month() - since;
        return dt < 0 ? 0.0 : Math.exp(-dt / 6.0);
    }

    /** 1 just after the country's leader changed, decaying over six months; 0 for a leader in office at the start. */
    public static double newLeader(World w, Country c) {
        int since = w.leaderSince(c);
        return since < 0 ? 0.0 : recent(w, since);
    }

    /** Hostility of relations: how far government affinity is below zero (0-1). */
    public static double hostility(World w) { return Math.max(0.0, -w.value(Var.JP_RU_AFFINITY)); }

    /**
     * Fresh hostility: how far government affinity has fallen below its slow (12-month half-life) average (0-2). A
     * standing Cold-War chill does not provoke new acts; a sudden fall does.
     */
    public static double freshHostility(World w) { return Math.max(0.0, w.affinitySlow() - w.value(Var.JP_RU_AFFINITY)); }

    /** Shifts a variable now by {@code by} (clamped to its range). */
    public static void shift(World w, Var v, double by) {
        if (by != 0) w.set(v, w.value(v) + by);
    }
}
