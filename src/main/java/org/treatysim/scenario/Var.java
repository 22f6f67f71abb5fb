package org.treatysim.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * The model's state variables, in real units. Scenario effects name them; the model keeps one value per
 * variable per replication; the recorder writes every one of them each month. The index of a variable is
 * its ordinal, so state is a plain {@code double[]}.
 */
public enum Var {
    // ---- Japan
    JP_MIN_ACCEPT("JP.min_accept", "islands", 0, 4, Kind.ENDOGENOUS, "least settlement Japan's government can sign and ratify, on the 0-4 island axis (private)"),
    JP_DECLARED_DEMAND("JP.declared_demand", "islands", 0, 4, Kind.DECISION, "Japan's declared demand on the 0-4 island axis: 4 four at once, 3.2 sovereignty over four with a later handover, 2.5 two plus parallel talks, 2.2 two first"),
    JP_COMMITMENT("JP.commitment", "share", 0, 1, Kind.ENDOGENOUS, "political capital the Japanese leader spends on a deal"),
    JP_FAVOURABILITY_RU("JP.favourability_RU", "%", 0, 100, Kind.PUBLIC, "Japanese public favourable toward Russia (Pew wording)"),
    JP_THREAT_CN("JP.threat_CN", "index", 0, 1, Kind.ENDOGENOUS, "Japanese threat perception of China (1 = level after the 2012 Senkaku crisis)"),
    JP_AID_OFFER("JP.aid_offer_usd_bn", "USD bn", 0, 50, Kind.DECISION, "Japanese aid and investment on the table if the dispute moves (1991: 2.5; 2016: 2.5)"),
    JP_SANCTIONS("JP.sanctions", "level", 0, 2, Kind.DECISION, "Japanese sanctions on the USSR/Russia: 0 none, 1 limited (2014), 2 aligned with the G7 (1980, 2022)"),
    JP_BELIEF_RU("JP.belief_ru_max", "islands", 0, 4, Kind.DERIVED, "Japan's belief (mean) about the most Moscow can sign and ratify"),
    JP_BELIEF_RU_SD("JP.belief_ru_sd", "islands", 0, 4, Kind.DERIVED, "spread (standard deviation) of Japan's belief about Moscow's bound: its uncertainty"),
    // ---- USSR / Russia
    RU_MAX_OFFER("RU.max_offer", "islands", 0, 4, Kind.ENDOGENOUS, "most Moscow can concede and ratify, on the 0-4 island axis (private)"),
    RU_DECLARED_OFFER("RU.declared_offer", "islands", 0, 4, Kind.DECISION, "Moscow's declared position: 0 no territorial problem, 1 a dispute over four islands acknowledged, 2 the 1956 basis (Habomai and Shikotan)"),
    RU_COMMITMENT("RU.commitment", "share", 0, 1, Kind.ENDOGENOUS, "political capital the Soviet/Russian leader spends on a deal"),
    RU_SUPPORT_TRANSFER("RU.support_transfer", "%", 0, 100, Kind.PUBLIC, "Russian public supporting a transfer of islands (Levada wording)"),
    RU_FAVOURABILITY_JP("RU.favourability_JP", "%", 0, 100, Kind.PUBLIC, "Russian public with a positive view of Japan (Levada)"),
    RU_ECONOMIC_NEED("RU.economic_need", "index", 0, 1, Kind.EXOGENOUS, "Moscow's need for Japanese capital and technology (1 = 1991-92 / 1998 crisis level)"),
    RU_PUBLIC_WEIGHT("RU.public_weight", "share", 0, 1, Kind.EXOGENOUS, "weight of Russian public opinion in ratifying a territorial deal (0 = none, 1 = decisive)"),
    RU_GARRISON("RU.garrison_k", "thousand troops", 0, 20, Kind.DECISION, "Soviet/Russian troops on the four disputed islands (1981: 7-10; 1995: 3.5)"),
    RU_WAR_TROOPS("RU.war_troops_k", "thousand troops", 0, 500, Kind.EXOGENOUS_SET, "Soviet/Russian troops fighting a war abroad (Afghanistan 1980-89: about 100; Ukraine from 2022: about 190)"),
    RU_CONSTITUTION_OPEN("RU.constitution_open", "0/1", 0, 1, Kind.EXOGENOUS_SET, "1 while a revision of Russia's constitution is under way (Jan-Jul 2020)"),
    RU_BELIEF_JP("RU.belief_jp_min", "islands", 0, 4, Kind.DERIVED, "Moscow's belief (mean) about the least Japan can sign and ratify"),
    RU_BELIEF_JP_SD("RU.belief_jp_sd", "islands", 0, 4, Kind.DERIVED, "spread (standard deviation) of Moscow's belief about Japan's bound: its uncertainty"),
    // ---- United States
    US_ALLIANCE_JP("US.alliance_JP", "index", 0, 1, Kind.EXOGENOUS, "depth of the US-Japan alliance (0.6 = the 1951 treaty; 1 = fully integrated)"),
    US_TENSION_RU("US.tension_RU", "index", 0, 1, Kind.EXOGENOUS, "US-Soviet/Russian tension (1 = 1980-83 Cold-War peak; 0.2 = 1992 partnership)"),
    US_OKINAWA("US.okinawa_held", "0/1", 0, 1, Kind.EXOGENOUS_SET, "1 while the US administers Okinawa (until the reversion of May 1972): its lever on Tokyo in 1956"),
    US_SANCTIONS("US.sanctions", "level", 0, 2, Kind.DECISION, "US sanctions on the USSR/Russia: 0 none, 1 targeted (1981-82 Poland, 2014 Crimea), 2 broad (1980 Afghanistan, 2022)"),
    US_PRESSING("US.pressing", "0/1", 0, 1, Kind.DECISION, "1 while Washington presses Tokyo against a concession (Dulles 1956; Obama 2016)"),
    US_PRESSURE("US.pressure", "index", 0, 1, Kind.DERIVED, "US pressure against a Japanese concession: alliance x tension (scripted model); alliance x pressing (agent model)"),
    // ---- China
    CN_ALIGNMENT_RU("CN.alignment_RU", "index", 0, 1, Kind.DECISION, "China-Russia alignment (1 = 1950 alliance / 2022 'no limits'; 0 = 1969 border war)"),
    CN_TENSION_JP("CN.tension_JP", "index", 0, 1, Kind.EXOGENOUS, "China-Japan tension (1 = 2012 Senkaku crisis level)"),
    CN_TENSION_US("CN.tension_US", "index", 0, 1, Kind.EXOGENOUS, "China-US tension (1 = Korean War; 0.3 = after the 1979 normalisation; 0.8 = 2022 Taiwan crisis)"),
    CN_RIVALRY_RU("CN.rivalry_RU", "index", 0, 1, Kind.EXOGENOUS, "Sino-Soviet/Russian rivalry over borders and leadership (1 = 1969 border war; 0 = border demarcated, 2008)"),
    CN_STANCE_KURILS("CN.stance_kurils", "index", -1, 1, Kind.DECISION, "China's stance on the dispute (+1 backs Japan as in 1964, -1 backs Russia)"),
    // ---- the dyad
    JP_RU_TRADE("JP_RU.trade_usd_bn", "USD bn/yr", 0, 100, Kind.ENDOGENOUS, "two-way Japan-USSR/Russia trade"),
    JP_RU_TRADE_GROWTH("JP_RU.trade_growth_pct", "%/yr", -50, 50, Kind.EXOGENOUS, "trend growth of trade between shocks"),
    JP_RU_AFFINITY("JP_RU.affinity", "index", -1, 1, Kind.PUBLIC, "government-to-government relations (-1 hostile, 0 cold, 1 warm)"),
    JP_RU_JOINT("JP_RU.joint_activity", "0/1", 0, 1, Kind.DECISION, "1 while Moscow offers joint economic activity on the islands (1996 Primakov; 2016 Nagato special system)"),
    JP_RU_CHANNEL_OPEN("JP_RU.channel_open", "0/1", 0, 1, Kind.DERIVED, "1 while peace-treaty talks are under way, 0 while suspended"),
    JP_RU_ROUND("JP_RU.round", "0/1", 0, 1, Kind.DERIVED, "1 in a month with a negotiating round (summit or foreign-minister talks on the treaty)"),
    RU_LEGAL_CAP("RU.legal_cap", "islands", 0, 4, Kind.DERIVED, "cap on RU.max_offer from the legal bars in force"),
    JP_LEGAL_FLOOR("JP.legal_floor", "islands", 0, 4, Kind.DERIVED, "floor on JP.min_accept from the legal bars in force"),
    // ---- the treaty
    TREATY_P_ZOPA("treaty.p_zopa", "probability", 0, 1, Kind.DERIVED, "scripted model: chance the zone of agreement is non-empty; agent model: 1 if it is (both win-sets overlap), else 0"),
    TREATY_P_RATIFY("treaty.p_ratify", "probability", 0, 1, Kind.DERIVED, "chance a deal of this month's size passes both domestic (level-II) ratifications"),
    TREATY_SETTLEMENT("treaty.settlement_islands", "islands", 0, 4, Kind.DERIVED, "islands a deal signed this month would transfer (the proposal on the table)"),
    TREATY_HAZARD_ANNUAL(Metrics.HAZARD, "probability/yr", 0, 1, Kind.DERIVED, "annualised probability of signing and ratifying, given no treaty yet"),
    TREATY_SIGNED(Metrics.SIGNED, "0/1", 0, 1, Kind.DERIVED, "1 once a treaty has been signed and ratified (absorbing)"),
    // ---- what blocked a treaty this month: 1 for the first gate that failed, 0 for the others, NaN once signed
    GATE_CLOSED("gate.talks_closed", "share", 0, 1, Kind.GATE, "talks were suspended"),
    GATE_NO_OVERLAP("gate.no_overlap", "share", 0, 1, Kind.GATE, "no settlement lay inside both sides' win-sets"),
    GATE_NO_OFFER("gate.no_offer", "share", 0, 1, Kind.GATE, "the win-sets overlapped but no offer was made"),
    GATE_REJECTED("gate.rejected", "share", 0, 1, Kind.GATE, "an offer was made and rejected"),
    GATE_THIRD_PARTY("gate.third_party", "share", 0, 1, Kind.GATE, "a deal was agreed and a third party blocked it"),
    GATE_RATIFY_JP("gate.ratify_jp", "share", 0, 1, Kind.GATE, "a deal was signed and Japan did not ratify it"),
    GATE_RATIFY_RU("gate.ratify_ru", "share", 0, 1, Kind.GATE, "a deal was signed and Russia did not ratify it"),
    GATE_SIGNED("gate.signed", "share", 0, 1, Kind.GATE, "a treaty was signed and ratified this month");

    /** How a variable may be touched by scenario events. */
    public enum Kind {
        /** Moved by the model's own dynamics; events may set, shift, scale, impulse, and (positions) set a baseline. */
        ENDOGENOUS,
        /** Relaxes toward a baseline that events set. */
        EXOGENOUS,
        /** Only set by events. */
        EXOGENOUS_SET,
        /** A public or relation that relaxes toward a baseline plus the model's feedbacks. */
        PUBLIC,
        /** Chosen by an agent's decision rule; only a former-decision event (the scripted null) may write it. */
        DECISION,
        /** Computed; events cannot write it. */
        DERIVED,
        /** Which gate stopped a treaty this month (agent model); events cannot write it. */
        GATE
    }

    public static final int COUNT = values().length;

    private static final Map<String, Var> BY_NAME = new HashMap<>();
    static {
        for (Var v : values()) BY_NAME.put(v.id, v);
    }

    public final String id;
    public final String unit;
    public final double min;
    public final double max;
    public final Kind kind;
    public final String description;

    Var(String id, String unit, double min, double max, Kind kind, String description) {
        this.id = id;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.kind = kind;
        this.description = description;
    }

    public static Var byId(String id) { return BY_NAME.get(id); }

    public static Iterable<String> ids() { return BY_NAME.keySet(); }

    public boolean writable() { return kind != Kind.DERIVED && kind != Kind.GATE; }

    /** Whether {@code baseline} may name this variable. */
    public boolean hasBaseline() {
        return kind == Kind.EXOGENOUS || kind == Kind.PUBLIC || this == JP_MIN_ACCEPT || this == RU_MAX_OFFER
                || this == CN_ALIGNMENT_RU || this == CN_STANCE_KURILS;
    }

    public double clamp(double x) { return x < min ? min : (x > max ? max : x); }
}
