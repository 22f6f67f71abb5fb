package org.treatysim.model;

import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;
import org.treatysim.scenario.WorldState;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one replication: every {@link Var} in real units, the baselines variables relax toward,
 * temporary impulses, the leaders, the negotiation channel and the ratchets in force. Agents read and write it
 * every month; scenario events act on it through {@link WorldState}.
 *
 * <p>A variable's observed value is its core value plus the sum of its live impulses, clamped to its range.
 */
public final class World implements WorldState {
    /** Impulses smaller than this (in their variable's units) are dropped: below every variable's resolution. */
    static final double IMPULSE_CUTOFF = 1e-4;
    /** Var.values() copies its array on every call; the hot path reads these instead. */
    private static final Var[] VARS = Var.values();
    private static final boolean[] WRITABLE = new boolean[VARS.length];
    static {
        for (Var v : VARS) WRITABLE[v.ordinal()] = v.writable();
    }

    private final double[] core = new double[Var.COUNT];
    private final double[] offset = new double[Var.COUNT];
    private final double[] baseline = new double[Var.COUNT];
    // Live impulses: parallel arrays, compacted as they die out.
    private int[] impVar = new int[8];
    private double[] impAmount = new double[8];
    private double[] impFactor = new double[8];
    private int impCount;
    private final Map<String, double[]> ratchets = new LinkedHashMap<>(); // id -> {varOrdinal, bound}
    private double ruCap = 4.0, jpFloor = 0.0;
    private final String[] leaderName = new String[2];
    private final double[] leaderBase = new double[2];
    private final int[] leaderSince = {-1, -1};
    private boolean channelOpen = true;
    /** Agent model: each side's will to keep the talks going; the channel is open while both are. */
    private boolean ruTalks = true, jpTalks = true;
    private int month;

    // ---- agent model: what each side believes about the other's bound (a normal: mean and spread, islands)
    /** Japan's belief about the most Moscow can sign and ratify. */
    double jpBeliefMean, jpBeliefSd;
    /** Moscow's belief about the least Tokyo can sign and ratify. */
    double ruBeliefMean, ruBeliefSd;
    /** Slow (12-month half-life) averages: a level above its slow average is a recent rise. */
    double allianceSlow, jpSanctionsSlow, affinitySlow;
    /** Month of the last assertion of the claim by each side (-1000 if none yet). */
    int jpLastAssert = -1000, ruLastAssert = -1000, ruLastRetaliation = -1000;
    /** Number of negotiating rounds held so far (the proposer alternates when both leaders are equally keen). */
    int rounds;

    public World(ModelParams p) {
        for (Var v : VARS) {
            if (v.writable()) {
                core[v.ordinal()] = v.clamp(p.init(v));
                baseline[v.ordinal()] = core[v.ordinal()];
            }
        }
        channelOpen = true; // the London talks of 1955 were under way; scenarios close the channel by event
        leaderName[0] = "?";
        leaderName[1] = "?";
        leaderBase[0] = core[Var.JP_COMMITMENT.ordinal()];
        leaderBase[1] = core[Var.RU_COMMITMENT.ordinal()];
        allianceSlow = core[Var.US_ALLIANCE_JP.ordinal()];
        jpSanctionsSlow = core[Var.JP_SANCTIONS.ordinal()];
        affinitySlow = core[Var.JP_RU_AFFINITY.ordinal()];
        refreshDerived();
    }

    /** The month being stepped (index from the scenario's start); the model sets it before the month's phases. */
    public int month() { return month; }
    public void setMonth(int m) { month = m; }

    /** Month in which the country's current leader took office (-1 if in office at the start). */
    public int leaderSince(Country c) { return leaderSince[c == Country.JP ? 0 : 1]; }

    public boolean ruTalks() { return ruTalks; }
    public boolean jpTalks() { return jpTalks; }

    /** Agent model: one side opens or suspends the talks; the channel is open while both sides keep them. */
    public void setTalks(Country side, boolean open) {
        if (side == Country.JP) jpTalks = open;
        else ruTalks = open;
        channelOpen = ruTalks && jpTalks;
        core[Var.JP_RU_CHANNEL_OPEN.ordinal()] = channelOpen ? 1.0 : 0.0;
    }

    /** Writes a variable an agent's decision sets (no impulses ride on decision variables). */
    public void setDecision(Var v, double value) {
        core[v.ordinal()] = v.clamp(value) - offset[v.ordinal()];
    }

    public double allianceSlow() { return allianceSlow; }
    public double jpSanctionsSlow() { return jpSanctionsSlow; }
    public double affinitySlow() { return affinitySlow; }
    public int jpLastAssert() { return jpLastAssert; }
    public int ruLastAssert() { return ruLastAssert; }
    public void noteAssertion(Country c) {
        if (c == Country.JP) jpLastAssert = month;
        else ruLastAssert = month;
    }
    public int ruLastRetaliation() { return ruLastRetaliation; }
    public void noteRetaliation() { ruLastRetaliation = month; }
    public int rounds() { return rounds; }
    public void noteRound() { rounds++; }

    /** Ages the slow averages by a month (12-month half-life). */
    public void ageSlowAverages(double rate) {
        allianceSlow += (value(Var.US_ALLIANCE_JP) - allianceSlow) * rate;
        jpSanctionsSlow += (value(Var.JP_SANCTIONS) - jpSanctionsSlow) * rate;
        affinitySlow += (value(Var.JP_RU_AFFINITY) - affinitySlow) * rate;
    }

    public void setBeliefs(double jpMean, double jpSd, double ruMean, double ruSd) {
        jpBeliefMean = jpMean;
        jpBeliefSd = jpSd;
        ruBeliefMean = ruMean;
        ruBeliefSd = ruSd;
    }

    public double jpBeliefMean() { return jpBeliefMean; }
    public double jpBeliefSd() { return jpBeliefSd; }
    public double ruBeliefMean() { return ruBeliefMean; }
    public double ruBeliefSd() { return ruBeliefSd; }

    // ---- reads used by the agents (hot path) ----

    public double value(Var v) {
        int i = v.ordinal();
        double x = core[i] + offset[i];
        return x < v.min ? v.min : (x > v.max ? v.max : x);
    }

    public double baseline(Var v) { return baseline[v.ordinal()]; }

    /**
     * Moves a variable's core value a fraction {@code rate} of the way to {@code target}. Live impulses ride on top
     * of the core and are not relaxed away, so an impulse raises (or lowers) the variable for its half-life and then
     * vanishes without a rebound.
     */
    public void relax(Var v, double target, double rate) {
        int i = v.ordinal();
        core[i] += (target - core[i]) * rate;
        double lo = v.min - offset[i], hi = v.max - offset[i];
        if (core[i] < lo) core[i] = lo;
        else if (core[i] > hi) core[i] = hi;
    }

    /** Writes a derived variable (no impulses apply). */
    public void put(Var v, double value) { core[v.ordinal()] = value; }

    public double ruCap() { return ruCap; }
    public double jpFloor() { return jpFloor; }
    public boolean channelOpen() { return channelOpen; }
    public String leader(Country c) { return leaderName[c == Country.JP ? 0 : 1]; }
    public double leaderBase(Country c) { return leaderBase[c == Country.JP ? 0 : 1]; }
    public Map<String, double[]> ratchets() { return ratchets; }

    /** Ages impulses by one month and recomputes each variable's offset. */
    public void decayImpulses() {
        if (impCount == 0) return;
        Arrays.fill(offset, 0.0);
        int n = 0;
        for (int k = 0; k < impCount; k++) {
            double a = impAmount[k] * impFactor[k];
            if (Math.abs(a) < IMPULSE_CUTOFF) continue;
            impVar[n] = impVar[k];
            impAmount[n] = a;
            impFactor[n] = impFactor[k];
            offset[impVar[n]] += a;
            n++;
        }
        impCount = n;
    }

    /** Applies the ratchets' bounds to the reservation points and updates the derived bookkeeping variables. */
    public void refreshDerived() {
        core[Var.RU_LEGAL_CAP.ordinal()] = ruCap;
        core[Var.JP_LEGAL_FLOOR.ordinal()] = jpFloor;
        core[Var.JP_RU_CHANNEL_OPEN.ordinal()] = channelOpen ? 1.0 : 0.0;
        core[Var.US_PRESSURE.ordinal()] = value(Var.US_ALLIANCE_JP) * value(Var.US_TENSION_RU);
    }

    /** Agent model: US pressure is the alliance's weight while Washington presses, else none. */
    public void refreshDerivedAgents() {
        core[Var.RU_LEGAL_CAP.ordinal()] = ruCap;
        core[Var.JP_LEGAL_FLOOR.ordinal()] = jpFloor;
        core[Var.JP_RU_CHANNEL_OPEN.ordinal()] = channelOpen ? 1.0 : 0.0;
        core[Var.US_PRESSURE.ordinal()] = value(Var.US_PRESSING) * value(Var.US_ALLIANCE_JP);
        core[Var.JP_BELIEF_RU.ordinal()] = Var.JP_BELIEF_RU.clamp(jpBeliefMean);
        core[Var.RU_BELIEF_JP.ordinal()] = Var.RU_BELIEF_JP.clamp(ruBeliefMean);
        core[Var.JP_BELIEF_RU_SD.ordinal()] = Var.JP_BELIEF_RU_SD.clamp(jpBeliefSd);
        core[Var.RU_BELIEF_JP_SD.ordinal()] = Var.RU_BELIEF_JP_SD.clamp(ruBeliefSd);
    }

    /** Copies every observed value into {@code out} (length {@link Var#COUNT}). */
    public void snapshot(double[] out) {
        for (int i = 0; i < VARS.length; i++) out[i] = WRITABLE[i] ? value(VARS[i]) : core[i];
    }

    // ---- WorldState: what events may do ----

    @Override public double get(Var v) { return v.writable() ? value(v) : core[v.ordinal()]; }

    @Override public void set(Var v, double value) {
        int i = v.ordinal();
        core[i] = v.clamp(value) - offset[i];
        if (v == Var.RU_MAX_OFFER && value(v) > ruCap) core[i] = ruCap - offset[i];
        if (v == Var.JP_MIN_ACCEPT && value(v) < jpFloor) core[i] = jpFloor - offset[i];
    }

    @Override public void setBaseline(Var v, double value) { baseline[v.ordinal()] = v.clamp(value); }

    @Override public void addImpulse(Var v, double amount, double halfLifeMonths) {
        if (impCount == impVar.length) {
            impVar = Arrays.copyOf(impVar, impCount * 2);
            impAmount = Arrays.copyOf(impAmount, impCount * 2);
            impFactor = Arrays.copyOf(impFactor, impCount * 2);
        }
        impVar[impCount] = v.ordinal();
        impAmount[impCount] = amount;
        impFactor[impCount] = Math.pow(0.5, 1.0 / halfLifeMonths);
        impCount++;
        offset[v.ordinal()] += amount;
    }

    @Override public void setChannelOpen(boolean open) {
        channelOpen = open;
        ruTalks = open;
        jpTalks = open;
        core[Var.JP_RU_CHANNEL_OPEN.ordinal()] = open ? 1.0 : 0.0;
    }

    @Override public void setLeader(Country country, String name, double commitment) {
        int k = country == Country.JP ? 0 : 1;
        leaderName[k] = name;
        leaderBase[k] = commitment;
        leaderSince[k] = month;
        set(k == 0 ? Var.JP_COMMITMENT : Var.RU_COMMITMENT, commitment);
    }

    @Override public void addRatchet(String id, Var v, double bound) {
        ratchets.put(id, new double[] {v.ordinal(), Math.max(0, Math.min(4, bound))});
        recomputeBounds();
    }

    @Override public void liftRatchet(String id) {
        ratchets.remove(id);
        recomputeBounds();
    }

    private void recomputeBounds() {
        ruCap = 4.0;
        jpFloor = 0.0;
        for (double[] r : ratchets.values()) {
            if ((int) r[0] == Var.RU_MAX_OFFER.ordinal()) ruCap = Math.min(ruCap, r[1]);
            else jpFloor = Math.max(jpFloor, r[1]);
        }
        // A legal bar binds at once.
        if (value(Var.RU_MAX_OFFER) > ruCap) set(Var.RU_MAX_OFFER, ruCap);
        if (value(Var.JP_MIN_ACCEPT) < jpFloor) set(Var.JP_MIN_ACCEPT, jpFloor);
        core[Var.RU_LEGAL_CAP.ordinal()] = ruCap;
        core[Var.JP_LEGAL_FLOOR.ordinal()] = jpFloor;
    }
}
