package org.treatysim.scenario;

import org.treatysim.io.Node;

import java.util.Set;

/**
 * Parses one kind of effect from a scenario file. To add an event type, write one class implementing
 * {@link Effect} with a static {@code TYPE}, and add it to {@link Effects#REGISTRY}.
 */
public interface EffectType {
    String op();

    /** Fields allowed besides {@code op}. */
    Set<String> fields();

    /** Fields that must be present (all of {@link #fields()} unless an effect type says otherwise). */
    default Set<String> requiredFields() { return fields(); }

    /** A one-line description for docs and the JSON schema. */
    String summary();

    /** Builds the effect from a node whose fields have already been checked against {@link #fields()}. */
    Effect parse(Node node);
}
