package org.treatysim.model.negotiation;

import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;

import java.util.List;

/**
 * A theory of the negotiation, plugged into the offers protocol ({@link Protocol}). The protocol decides when a round
 * is held, who proposes, and draws the third party's and the ratifications' outcomes; the theory says what each
 * government can sign (its win-set), what a proposer offers given its beliefs about the other, and how likely a deal
 * is to be ratified at home. To add one: a class implementing this interface, and one line in
 * {@link BargainingTheories}. A theory must not draw random numbers (the protocol draws a fixed number every month,
 * so that theories and scenarios can be compared on common random numbers).
 */
public interface BargainingTheory {
    /** The name scenarios use after {@code bargaining:}. */
    String name();

    /** One line for docs and {@code --help}. */
    String summary();

    /** The parameters it reads (checked when a scenario is loaded; bound by {@link #bind}). */
    List<String> parameters();

    /** Binds the parameters to a run's values (once per model). */
    void bind(ModelParams p);

    /** Called once a month before the round (a theory that carries state from month to month updates it here). */
    default void month(TreatyModel m, World w) {}

    /** The least Japan's government can sign and ratify, on the island axis (its win-set is [jpMin, 4]). */
    double jpMin(World w);

    /** The most Moscow can sign and ratify (its win-set is [0, ruMax]). */
    double ruMax(World w);

    /**
     * The settlement the proposer offers, given its own bound and its belief about the other side's (the world's
     * belief fields), or NaN if it sees no offer worth making.
     */
    double propose(Country proposer, World w, double jpMin, double ruMax);

    /** Chance that Japan ratifies a signed deal of {@code islands}. */
    double ratifyJp(World w, double islands);

    /** Chance that Russia ratifies a signed deal of {@code islands}. */
    double ratifyRu(World w, double islands);
}
