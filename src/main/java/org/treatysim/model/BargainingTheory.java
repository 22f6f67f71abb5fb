package org.treatysim.model;

/**
 * A theory of the negotiation: turns the month's state into a monthly probability of signing. To add one,
 * write a class implementing this interface and register it in {@link BargainingTheories}.
 */
public interface BargainingTheory {
    /** The name scenarios use after {@code bargaining:}. */
    String name();

    /** One line for docs and {@code --help}. */
    String summary();

    /**
     * Evaluates the month. Implementations fill {@code out} and must not draw random numbers (the negotiation
     * step draws exactly one uniform itself, so that theories can be compared on common random numbers).
     */
    void evaluate(World world, ModelParams params, Outcome out);

    /** What a theory says about one month. */
    final class Outcome {
        /** Chance that the zone of possible agreement is non-empty. */
        public double pZopa;
        /** Chance a signed deal is ratified by both sides. */
        public double pRatify;
        /** Islands a deal signed now would transfer (0-4). */
        public double settlement;
        /** Monthly probability of signing, given no treaty yet. */
        public double hazard;
    }
}
