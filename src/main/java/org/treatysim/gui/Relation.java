package org.treatysim.gui;

import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Var;

import java.awt.Color;

/**
 * A link drawn between two actors: which state variable it shows, how it is named on the map, and its colour.
 * The line's width grows with the variable's strength; affinity, which runs from -1 (hostile) to +1 (warm),
 * is drawn green when warm and red when hostile.
 */
public enum Relation {
    ALLIANCE(Actor.UNITED_STATES, Actor.JAPAN, Var.US_ALLIANCE_JP, "alliance", new Color(0x2471A3), 0.58),
    ALIGNMENT(Actor.CHINA, Actor.RUSSIA, Var.CN_ALIGNMENT_RU, "alignment", new Color(0xB9770E), 0.3),
    US_RU_TENSION(Actor.UNITED_STATES, Actor.RUSSIA, Var.US_TENSION_RU, "tension", new Color(0x922B21), 0.7),
    CN_JP_TENSION(Actor.CHINA, Actor.JAPAN, Var.CN_TENSION_JP, "tension", new Color(0x922B21), 0.5),
    AFFINITY(Actor.JAPAN, Actor.RUSSIA, Var.JP_RU_AFFINITY, "affinity", new Color(0x1E8449), 0.35);

    public final Actor from, to;
    public final Var var;
    public final String label;
    private final Color colour;
    /** Where along the line, from {@link #from} to {@link #to}, its label sits (clear of the actors' labels). */
    public final double labelAt;

    static final Color HOSTILE = new Color(0xCB4335);

    Relation(Actor from, Actor to, Var var, String label, Color colour, double labelAt) {
        this.labelAt = labelAt;
        this.from = from;
        this.to = to;
        this.var = var;
        this.label = label;
        this.colour = colour;
    }

    /** The variable's current value (NaN before the model has started). */
    public double value(TreatyModel m) {
        return m.state() == null ? Double.NaN : m.state().get(var);
    }

    /** Strength in [0, 1] that sets the line's width. */
    public double strength(double value) {
        if (Double.isNaN(value)) return 0;
        return Math.min(1, Math.abs(value));
    }

    public Color colour(double value) {
        return this == AFFINITY && value < 0 ? HOSTILE : colour;
    }

    /** Tension is drawn dashed, so that it reads apart from alliance and alignment even in black and white. */
    public boolean dashed() { return this == US_RU_TENSION || this == CN_JP_TENSION; }
}
