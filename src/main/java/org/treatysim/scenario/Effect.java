package org.treatysim.scenario;

import java.util.List;

/** One typed effect of a dated event on the model's state. Implementations are immutable. */
public interface Effect {
    /** Applies the effect; numeric fields that name a parameter are resolved against {@code params}. */
    void apply(WorldState world, ParameterValues params);

    /** The operation name, as written after {@code op:} in a scenario. */
    String op();

    /** Parameters this effect refers to with {@code $name}, for load-time checking. */
    default List<NumberRef> references() { return List.of(); }

    /** One line for reports and the event ticker, e.g. {@code RU.max_offer := 2}. */
    String describe();

    /**
     * True if only a former decision of an agent may have this effect (it sets what a decision rule chooses in the
     * agent model: a declared position, a legal bar, the talks, a decision variable). A shock may not.
     */
    default boolean decisionOnly() { return false; }
}
