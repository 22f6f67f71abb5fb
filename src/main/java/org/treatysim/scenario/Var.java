package org.treatysim.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * The model's state variables, in real units. Scenario effects name them; the model keeps one value per
 * variable per replication; the recorder writes every one of them each month. The index of a variable is
 * its ordinal, so state is a plain {@code double[]}.
 */
public enum Var {
    JP_MIN_ACCEPT("JP.min_accept", "islands", 0, 4, Kind.ENDOGENOUS, "least settlement Japan's government can sign and ratify, on the 0-4 island axis"),
    JP_COMMITMENT("JP.commitment", "share", 0, 1, Kind.ENDOGENOUS, "political capital the Japanese leader spends on a deal"),
    JP_FAVOURABILITY_RU("JP.favourability_RU", "%", 0, 100, Kind.PUBLIC, "Japanese public favourable toward Russia (Pew wording)"),
    JP_THREAT_CN("JP.threat_CN", "index", 0, 1, Kind.ENDOGENOUS, "Japanese threat perception of China (1 = level after the 2012 Senkaku crisis)"),
    JP_AID_OFFER("JP.aid_offer_usd_bn", "USD bn", 0, 50, Kind.EXOGENOUS_SET, "Japanese money on the table if a settlement is reached"),
    RU_MAX_OFFER("RU.max_offer", "islands", 0, 4, Kind.ENDOGENOUS, "most Moscow can concede and ratify, on the 0-4 island axis"),
    RU_COMMITMENT("RU.commitment", "share", 0, 1, Kind.ENDOGENOUS, "political capital the Soviet/Russian leader spends on a deal"),
    RU_SUPPORT_TRANSFER("RU.support_transfer", "%", 0, 100, Kind.PUBLIC, "Russian public supporting a transfer of islands (Levada wording)"),
    RU_FAVOURABILITY_JP("RU.favourability_JP", "%", 0, 100, Kind.PUBLIC, "Russian public with a positive view of Japan (Levada)"),
    RU_ECONOMIC_NEED("RU.economic_need", "index", 0, 1, Kind.EXOGENOUS, "Moscow's need for Japanese capital and technology (1 = 1991-92 / 1998 crisis level)"),
    RU_PUBLIC_WEIGHT("RU.public_weight", "share", 0, 1, Kind.EXOGENOUS, "weight of Russian public opinion in ratifying a territorial deal (0 = none, 1 = decisive)"),
    US_ALLIANCE_JP("US.alliance_JP", "index", 0, 1, Kind.EXOGENOUS, "depth of the US-Japan alliance (0.6 = the 1951 treaty; 1 = fully integrated)"),
    US_TENSION_RU("US.tension_RU", "index", 0, 1, Kind.EXOGENOUS, "US-Soviet/Russian tension (1 = 1980-83 Cold-War peak; 0.2 = 1992 partnership)"),
    US_PRESSURE("US.pressure", "index", 0, 1, Kind.DERIVED, "US pressure against a Japanese concession: alliance x tension"),
    CN_ALIGNMENT_RU("CN.alignment_RU", "index", 0, 1, Kind.EXOGENOUS, "China-Russia alignment (1 = 1950 alliance / 2022 'no limits'; 0 = 1969 border war)"),
    CN_TENSION_JP("CN.tension_JP", "index", 0, 1, Kind.EXOGENOUS, "China-Japan tension (1 = 2012 Senkaku crisis level)"),
    CN_STANCE_KURILS("CN.stance_kurils", "index", -1, 1, Kind.EXOGENOUS, "China's stance on the dispute (+1 backs Japan as in 1964, -1 backs Russia)"),
    JP_RU_TRADE("JP_RU.trade_usd_bn", "USD bn/yr", 0, 100, Kind.ENDOGENOUS, "two-way Japan-USSR/Russia trade"),
    JP_RU_TRADE_GROWTH("JP_RU.trade_growth_pct", "%/yr", -50, 50, Kind.EXOGENOUS, "trend growth of trade between shocks"),
    JP_RU_AFFINITY("JP_RU.affinity", "index", -1, 1, Kind.PUBLIC, "government-to-government relations (-1 hostile, 0 cold, 1 warm)"),
    JP_RU_CHANNEL_OPEN("JP_RU.channel_open", "0/1", 0, 1, Kind.DERIVED, "1 while peace-treaty talks are under way, 0 while suspended"),
    RU_LEGAL_CAP("RU.legal_cap", "islands", 0, 4, Kind.DERIVED, "cap on RU.max_offer from the ratchets in force"),
    JP_LEGAL_FLOOR("JP.legal_floor", "islands", 0, 4, Kind.DERIVED, "floor on JP.min_accept from the ratchets in force"),
    TREATY_P_ZOPA("treaty.p_zopa", "probability", 0, 1, Kind.DERIVED, "chance the zone of agreement is non-empty given both sides' uncertain reservation points"),
    TREATY_P_RATIFY("treaty.p_ratify", "probability", 0, 1, Kind.DERIVED, "chance a signed deal passes both domestic (level-II) ratifications"),
    TREATY_SETTLEMENT("treaty.settlement_islands", "islands", 0, 4, Kind.DERIVED, "islands a deal signed this month would transfer"),
    TREATY_HAZARD_ANNUAL("treaty.hazard_annual", "probability/yr", 0, 1, Kind.DERIVED, "annualised probability of signing, given no treaty yet"),
    TREATY_SIGNED("treaty.signed", "0/1", 0, 1, Kind.DERIVED, "1 once a treaty has been signed (absorbing)");

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
        /** Computed; events cannot write it. */
        DERIVED
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

    public boolean writable() { return kind != Kind.DERIVED; }

    /** Whether {@code baseline} may name this variable. */
    public boolean hasBaseline() {
        return kind == Kind.EXOGENOUS || kind == Kind.PUBLIC || this == JP_MIN_ACCEPT || this == RU_MAX_OFFER;
    }

    public double clamp(double x) { return x < min ? min : (x > max ? max : x); }
}
