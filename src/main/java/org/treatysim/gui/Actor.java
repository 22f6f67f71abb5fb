package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Var;

import java.awt.Color;
import java.time.YearMonth;

/**
 * One of the four states drawn on the map: where it sits (a sketch of the map: Russia north, China west,
 * Japan east, the United States far east across the Pacific), its colour, and its node's size measure.
 *
 * <p>Nodes are sized by the actor's weight in the dispute this month, read from the model's state variables:
 * Japan and Russia by their leader's commitment to a deal ({@code JP.commitment}, {@code RU.commitment}), the
 * United States by its pressure against a Japanese concession ({@code US.pressure}), China by the mean of its
 * alignment with Russia and its tension with Japan. All four lie in [0, 1].
 */
public enum Actor {
    RUSSIA(600, 160, new Color(0xC0392B)),
    CHINA(200, 470, new Color(0xD4A017)),
    JAPAN(770, 575, new Color(0x2E86C1)),
    UNITED_STATES(1010, 330, new Color(0x5B4B8A));

    /** Position in the display's field (width {@link #FIELD_W}, height {@link #FIELD_H}). */
    public final double x, y;
    public final Color colour;

    public static final double FIELD_W = 1200, FIELD_H = 760;
    /** The Soviet Union is succeeded by Russia in this month. */
    static final YearMonth RUSSIA_FROM = YearMonth.of(1991, 12);

    Actor(double x, double y, Color colour) {
        this.x = x;
        this.y = y;
        this.colour = colour;
    }

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
}
