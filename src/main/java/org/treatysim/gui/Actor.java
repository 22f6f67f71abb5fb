package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.model.decision.LevelRule;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;

import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of the four states drawn on the map: where it sits (a sketch of the map: Russia north, China west,
 * Japan east, the United States far east across the Pacific), its colour, its node's size measure, and the lines
 * printed under it: its leader and the decisions in force (declared position, sanctions, US pressing, China's stance).
 *
 * <p>Nodes are sized by the actor's weight in the dispute this month, read from the model's state variables:
 * Japan and Russia by their leader's commitment to a deal ({@code JP.commitment}, {@code RU.commitment}), the
 * United States by its pressure against a Japanese concession ({@code US.pressure}), China by the mean of its
 * alignment with Russia and its tension with Japan. All four lie in [0, 1].
 */
public enum Actor {
    RUSSIA(600, 190, new Color(0xC0392B)),
    CHINA(215, 420, new Color(0xD4A017)),
    JAPAN(740, 560, new Color(0x2E86C1)),
    UNITED_STATES(1010, 300, new Color(0x5B4B8A));

    /** Position in the display's field (width {@link #FIELD_W}, height {@link #FIELD_H}). */
    public final double x, y;
    public final Color colour;

    public static final double FIELD_W = 1200, FIELD_H = 820;
    /** The Soviet Union is succeeded by Russia in this month. */
    static final YearMonth RUSSIA_FROM = YearMonth.of(1991, 12);
    /** The level rules, for the names of the levels in force (the scripted null has no rules, but the same levels). */
    private static final List<DecisionRule> NAMING = Decisions.create();

    Actor(double x, double y, Color colour) {
        this.x = x;
        this.y = y;
        this.colour = colour;
    }

    /** The actor a model country is drawn as (the Soviet Union and Russia are one disc). */
    public static Actor of(Country c) {
        return switch (c) {
            case JP -> JAPAN;
            case SU, RU -> RUSSIA;
            case US -> UNITED_STATES;
            case CN -> CHINA;
        };
    }

    /** The colour as HTML ({@code #rrggbb}), for the ticker. */
    String htmlColour() { return String.format(Locale.ROOT, "#%06X", colour.getRGB() & 0xFFFFFF); }

    /** Name as of the model's current month ("Soviet Union" before December 1991). */
    public String name(TreatyModel m) {
        return switch (this) {
            case RUSSIA -> TreatySimWithUI.shownMonth(m).isBefore(RUSSIA_FROM) ? "Soviet Union" : "Russia";
            case CHINA -> "China";
            case JAPAN -> "Japan";
            case UNITED_STATES -> "United States";
        };
    }

    /** The leader the model tracks (Japan and the USSR/Russia), or "" for the others. */
    public String leader(TreatyModel m) {
        return switch (this) {
            case JAPAN -> m.leader(Country.JP);
            case RUSSIA -> m.leader(Country.RU);
            default -> "";
        };
    }

    /** What the node's size shows, for its label. */
    public String weightLabel() {
        return switch (this) {
            case JAPAN, RUSSIA -> "commitment";
            case UNITED_STATES -> "pressure";
            case CHINA -> "weight";
        };
    }

    /** The size measure in [0, 1], or 0 before the model has started. */
    public double weight(TreatyModel m) {
        if (m.state() == null) return 0;
        return switch (this) {
            case JAPAN -> m.state().get(Var.JP_COMMITMENT);
            case RUSSIA -> m.state().get(Var.RU_COMMITMENT);
            case UNITED_STATES -> m.state().get(Var.US_PRESSURE);
            case CHINA -> 0.5 * (m.state().get(Var.CN_ALIGNMENT_RU) + m.state().get(Var.CN_TENSION_JP));
        };
    }

    /** A line under the disc; {@code alert} lines (a US veto threat) are drawn in the actor's colour. */
    record Detail(String text, boolean alert) {}

    /**
     * The decisions in force, one line each: Japan's declared demand and sanctions, Moscow's declared offer, whether
     * Washington presses Tokyo and its sanctions, Beijing's stance on the Kurils. Empty before the model has started.
     */
    List<Detail> details(TreatyModel m) {
        World w = m.state();
        List<Detail> out = new ArrayList<>(3);
        if (w == null) return out;
        switch (this) {
            case JAPAN -> {
                out.add(new Detail(String.format(Locale.ROOT, "declared: %s (%.1f)", level("JP.declared_demand", w), w.get(Var.JP_DECLARED_DEMAND)), false));
                out.add(new Detail("sanctions: " + level("JP.sanctions", w), false));
            }
            case RUSSIA -> out.add(new Detail(String.format(Locale.ROOT, "declared: %s (%.1f)", level("RU.declared_offer", w), w.get(Var.RU_DECLARED_OFFER)), false));
            case UNITED_STATES -> {
                if (m.scenario().agents() == Scenario.Agents.DECIDE) {
                    boolean pressing = w.get(Var.US_PRESSING) > 0.5;
                    out.add(new Detail(pressing ? "PRESSING TOKYO" : "not pressing Tokyo", pressing));
                }
                out.add(new Detail("sanctions: " + level("US.sanctions", w), false));
            }
            case CHINA -> out.add(new Detail("Kurils: " + level("CN.stance", w), false));
        }
        return out;
    }

    /** The name of the level in force of a level rule, in words ("four at once", "backs Japan"). */
    static String level(String rule, World w) {
        DecisionRule r = Decisions.find(NAMING, rule);
        String option = r.option(((LevelRule) r).current(w));
        return option.replace('-', ' ').replace("japan", "Japan").replace("moscow", "Moscow");
    }
}
