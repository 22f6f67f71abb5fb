package org.treatysim.scenario;

import org.treatysim.io.Node;

import java.util.Set;

/**
 * Parses one kind of effect from a scenario file, and declares its fields: their names here, their types through
 * {@link #fieldKind}, so that the loader and the JSON schema ({@link ScenarioSchema}) follow from the declaration.
 * To add an effect type, write one class implementing {@link Effect} with a static {@code TYPE}, and add one line
 * to {@link Effects}'s registry (or call {@link Effects#register}).
 */
public interface EffectType {
    String op();

    /** Fields allowed besides {@code op}. */
    Set<String> fields();

    /**
     * What a field holds, for the schema. The usual field names have their kinds ({@link FieldKind#of}); an effect type
     * with a field of another name says what it holds by overriding this.
     */
    default FieldKind fieldKind(String field) {
        FieldKind k = FieldKind.of(field);
        if (k == null) throw new IllegalStateException("effect op '" + op() + "' has field '" + field + "' of no known kind; override fieldKind to declare it");
        return k;
    }

    /** The kinds of value an effect's field holds (each has its JSON-schema type in {@link ScenarioSchema}). */
    enum FieldKind {
        /** A state variable an event may write (var). */
        VARIABLE,
        /** A number or a $parameter reference. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** An identifier such as a ratchet's id: lower-case letters, digits and hyphens. */
        ID,
        /** JP, RU or SU. */
        COUNTRY,
        /** Non-empty text, such as a leader's name. */
        TEXT;

        /** The kind of the usual field names (var, value, by, factor, ...), or null for another name. */
        public static FieldKind of(String field) {
            return switch (field) {
                case "var" -> VARIABLE;
                case "value", "by", "factor", "bound", "commitment", "half_life_months" -> NUMBER;
                case "open" -> BOOLEAN;
                case "id" -> ID;
                case "country" -> COUNTRY;
                case "name" -> TEXT;
                default -> null;
            };
        }
    }

    /** Fields that must be present (all of {@link #fields()} unless an effect type says otherwise). */
    default Set<String> requiredFields() { return fields(); }

    /** A one-line description for docs and the JSON schema. */
    String summary();

    /** Builds the effect from a node whose fields have already been checked against {@link #fields()}. */
    Effect parse(Node node);
}
