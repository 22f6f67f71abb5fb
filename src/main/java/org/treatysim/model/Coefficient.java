package org.treatysim.model;

/**
 * The named coefficients of the agents' own dynamics (decision rules and theories declare theirs separately). Each constant names a parameter in the parameter file, where its value,
 * unit, plausible range and source live; the model reads values through {@link ModelParams}.
 */
public enum Coefficient {
    H_MAX("negotiation.h_max"),
    POSITION_SD("negotiation.position_sd"),
    LEADER_HALFLIFE("leader.commitment_halflife_months"),
    LEADER_NOISE_SD("leader.commitment_noise_sd"),
    POSITION_HALFLIFE("position.halflife_months"),
    EXO_HALFLIFE("exogenous.halflife_months"),
    PUBLIC_HALFLIFE("public.halflife_months"),
    JP_FLEX_COMMITMENT("jp.flex_commitment"),
    JP_FLEX_CHINA("jp.flex_china"),
    JP_US_PUSH("jp.us_push"),
    JP_US_DRAIN("jp.us_drain"),
    JP_THREAT_HALFLIFE("jp.threat_halflife_months"),
    JP_FAV_AFFINITY("jp.fav_affinity_pp"),
    JP_PUBLIC_WEIGHT("jp.public_weight"),
    JP_ACCEPT_MID("jp.accept_mid_islands"),
    JP_ACCEPT_SCALE("jp.accept_scale_islands"),
    RU_OFFER_NEED("ru.offer_need"),
    RU_OFFER_AID("ru.offer_aid"),
    RU_AID_HALF("ru.aid_half_saturation_usd_bn"),
    RU_OFFER_TRADE("ru.offer_trade"),
    RU_TRADE_HALF("ru.trade_half_saturation_usd_bn"),
    RU_OFFER_COMMITMENT("ru.offer_commitment"),
    RU_OFFER_MILITARY("ru.offer_military"),
    RU_OFFER_PRECEDENT("ru.offer_china_precedent"),
    RU_CHINA_SUBSTITUTION("ru.china_substitution"),
    RU_SUPPORT_CUE("ru.support_cue_pp"),
    RU_SUPPORT_CUE_THRESHOLD("ru.support_cue_threshold"),
    RU_SUPPORT_AFFINITY("ru.support_affinity_pp"),
    RU_FAV_AFFINITY("ru.fav_affinity_pp"),
    RU_RATIFY_NEEDED("ru.ratify_support_needed_pct"),
    AFFINITY_HALFLIFE("dyad.affinity_halflife_months"),
    AFFINITY_COMMITMENT("dyad.affinity_commitment"),
    AFFINITY_PRESSURE("dyad.affinity_pressure"),
    INCIDENT_RATE("incident.rate_per_year"),
    INCIDENT_FAV_SHOCK("incident.fav_shock_pp"),
    INCIDENT_AFFINITY_SHOCK("incident.affinity_shock"),
    TRADE_NOISE_SD("trade.noise_sd"),
    // ---- agent model only
    JP_SHADE("jp.shade_islands"),
    RU_SHADE("ru.shade_islands"),
    JP_JOINT_VALUE("jp.joint_value_islands"),
    JP_MIN_FLOOR("jp.min_accept_floor_islands"),
    JP_COMMITMENT_PUBLIC("jp.commitment_public"),
    RU_COMMITMENT_PUBLIC("ru.commitment_public"),
    RU_OFFER_SANCTIONS("ru.offer_sanctions"),
    RU_OFFER_GARRISON("ru.offer_garrison"),
    SANCTIONS_TRADE_GROWTH("dyad.sanctions_trade_growth_pp");

    public final String key;

    Coefficient(String key) { this.key = key; }

    public static final int COUNT = values().length;
}
