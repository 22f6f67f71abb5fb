package org.treatysim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON Schema (draft 2020-12) of scenario files, built from the loader's field lists, the {@link Effects}
 * registry and {@link Var}, so that it cannot drift from what the loader accepts. The copy in
 * {@code schemas/scenario.schema.json} is this output; a test compares the two byte for byte.
 * <p>
 * The schema is for editors (completion, red squiggles); the loader remains the authority and also checks what a
 * schema cannot: inherited event ids, dates within the span, parameter names, ratchet order.
 */
public final class ScenarioSchema {
    public static final String ID = "urn:treatysim:schema:scenario-1";

    private ScenarioSchema() {}

    /** @param theories the bargaining theory names the model offers */
    public static Map<String, Object> build(Collection<String> theories) {
        return build(theories, Map.of());
    }

    /**
     * @param theories  the bargaining theory names the model offers
     * @param decisions the agents' decision rules by id with their options (events' decision: tags, interventions)
     */
    public static Map<String, Object> build(Collection<String> theories, Map<String, List<String>> decisions) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", ID);
        s.put("title", "TreatySim scenario (" + ScenarioLoader.SCHEMA + ")");
        s.put("description", "A scenario or what-if for TreatySim. See docs/scenario-format.md and docs/scenarios.md. "
                + "Generated from the loader by org.treatysim.scenario.ScenarioSchema; do not edit by hand.");
        s.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        for (String f : ScenarioLoader.TOP) props.put(f, top(f, theories));
        s.put("properties", props);
        s.put("additionalProperties", false);
        s.put("required", List.of("name"));
        s.put("if", Map.of("not", Map.of("required", List.of("extends"))));
        s.put("then", Map.of("required", List.of("name", "span", "parameters_file")));

        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("month", obj("type", "string", "pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$",
                "description", "a month, YYYY-MM (quote it in YAML if your editor turns it into a number)"));
        defs.put("eventId", obj("type", "string", "pattern", "^[a-z0-9][a-z0-9-]{0,79}$"));
        defs.put("number", obj("oneOf", List.of(obj("type", "number"),
                obj("type", "string", "pattern", "^\\$[^\\s]+$", "description", "$name of a parameter whose per-replication draw is used"))));
        defs.put("var", obj("enum", writableVars(), "description", "a state variable events may write (docs/scenario-format.md)"));
        defs.put("actors", obj("type", "array", "minItems", 1, "items", obj("enum", List.of("JP", "SU", "RU", "US", "CN"))));
        defs.put("direction", obj("enum", List.of("+", "-", "0", "+/-"),
                "description", "documented direction of the event's effect on the chance of a treaty"));
        defs.put("effects", obj("type", "array", "minItems", 1, "items", ref("effect")));
        defs.put("effect", effect());
        for (EffectType t : Effects.types()) defs.put("effect-" + t.op(), effectOf(t));
        defs.put("event", event());
        defs.put("decision", decision(decisions));
        defs.put("intervention", intervention(decisions));
        defs.put("modification", modification());
        defs.put("override", override());
        s.put("$defs", defs);
        return s;
    }

    /** The schema as the text written to {@code schemas/scenario.schema.json} (two-space indent, '\n', final newline). */
    public static String text(Collection<String> theories) { return text(theories, Map.of()); }

    /** The schema text with the decision rules' ids and options enumerated. */
    public static String text(Collection<String> theories, Map<String, List<String>> decisions) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .setDefaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        try {
            return m.writeValueAsString(build(theories, decisions)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> writableVars() {
        List<String> out = new ArrayList<>();
        for (Var v : Var.values()) if (v.writable()) out.add(v.id);
        return out;
    }

    private static Object top(String f, Collection<String> theories) {
        return switch (f) {
            case "schema" -> obj("const", ScenarioLoader.SCHEMA);
            case "name" -> obj("type", "string", "pattern", "^[a-z0-9][a-z0-9-]{0,63}$", "description", "lower-case letters, digits and dashes; results go to results/<name>/");
            case "title" -> obj("type", "string", "description", "one line, shown by `treatysim scenarios`");
            case "description" -> obj("type", "string", "description", "the narrative header: the historical question, what is changed, sources");
            case "extends" -> obj("type", "string", "description", "path of the scenario this what-if inherits, relative to this file");
            case "span" -> obj("type", "object", "properties", obj("start", ref("month"), "end", ref("month")),
                    "required", List.of("start", "end"), "additionalProperties", false);
            case "bargaining" -> obj("enum", new ArrayList<>(new TreeSet<>(theories)));
            case "agents" -> obj("enum", List.of("decide", "scripted"),
                    "description", "decide (default): the agents take their decisions; scripted: v0.1's event-driven replay, the null model");
            case "interventions" -> obj("type", "array", "items", ref("intervention"),
                    "description", "force or forbid a decision of an agent over a window of months (agent model only)");
            case "parameters_file" -> obj("type", "string", "description", "parameter file, relative to this file");
            case "parameters" -> obj("type", "object", "additionalProperties", ref("override"),
                    "description", "overrides of parameters of the parameter file; each needs a source or a rationale");
            case "events" -> obj("type", "array", "items", ref("event"));
            case "remove_events" -> obj("type", "array", "items", ref("eventId"), "description", "ids of inherited events that do not happen");
            case "modify_events" -> obj("type", "object", "propertyNames", ref("eventId"), "additionalProperties", ref("modification"),
                    "description", "inherited events by id, with the fields that change");
            default -> throw new IllegalStateException("no schema for top-level field '" + f + "'");
        };
    }

    private static Object eventField(String f) {
        return switch (f) {
            case "id" -> ref("eventId");
            case "date" -> ref("month");
            case "actors" -> ref("actors");
            case "title" -> obj("type", "string", "minLength", 1, "pattern", "^[^\\n]*$");
            case "label" -> obj("type", "string", "maxLength", 28);
            case "major" -> obj("type", "boolean");
            case "direction" -> ref("direction");
            case "source" -> obj("type", "string", "minLength", 1);
            case "notes" -> obj("type", "string");
            case "decision" -> ref("decision");
            case "effects", "add_effects" -> ref("effects");
            default -> throw new IllegalStateException("no schema for event field '" + f + "'");
        };
    }

    private static Map<String, Object> event() {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String f : ScenarioLoader.EVENT) props.put(f, eventField(f));
        return obj("type", "object", "properties", props, "additionalProperties", false,
                "required", List.of("id", "date", "actors", "title", "direction", "source"),
                "anyOf", List.of(obj("required", List.of("effects")), obj("required", List.of("decision"))),
                "description", "a shock needs effects; a former decision (decision: {rule, option}) may be a record without them");
    }

    private static Map<String, Object> ruleId(Map<String, List<String>> decisions) {
        return decisions.isEmpty() ? obj("type", "string") : obj("enum", new ArrayList<>(decisions.keySet()));
    }

    /**
     * The options of every rule: one if/then branch per rule, so an editor offers the rule's own options. Fields in
     * {@code lists} may also name several options as an array (forbid:); the others name exactly one.
     */
    private static List<Object> optionBranches(Map<String, List<String>> decisions, String ruleField, List<String> optionFields, List<String> lists) {
        List<Object> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : decisions.entrySet()) {
            Map<String, Object> props = new LinkedHashMap<>();
            for (String f : optionFields) {
                props.put(f, lists.contains(f)
                        ? obj("oneOf", List.of(obj("enum", e.getValue()), obj("type", "array", "items", obj("enum", e.getValue()), "minItems", 1, "uniqueItems", true)))
                        : obj("enum", e.getValue()));
            }
            out.add(obj("if", obj("properties", obj(ruleField, obj("const", e.getKey())), "required", List.of(ruleField)), "then", obj("properties", props)));
        }
        return out;
    }

    private static Map<String, Object> decision(Map<String, List<String>> decisions) {
        return obj("type", "object", "properties", obj("rule", ruleId(decisions), "option", obj("type", "string")),
                "required", List.of("rule", "option"), "additionalProperties", false, "allOf", optionBranches(decisions, "rule", List.of("option"), List.of()),
                "description", "the agent decision that now produces this event; the agent model does not apply it (docs/ODD.md)");
    }

    private static Map<String, Object> intervention(Map<String, List<String>> decisions) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String f : ScenarioLoader.INTERVENTION) {
            props.put(f, switch (f) {
                case "decision" -> ruleId(decisions);
                case "force" -> obj("type", "string");
                case "forbid" -> obj("type", List.of("string", "array"));
                case "from", "to" -> ref("month");
                case "rationale", "source" -> obj("type", "string", "minLength", 1);
                default -> throw new IllegalStateException("no schema for intervention field '" + f + "'");
            });
        }
        List<Object> all = new ArrayList<>(optionBranches(decisions, "decision", List.of("force", "forbid"), List.of("forbid")));
        all.add(obj("oneOf", List.of(obj("required", List.of("force")), obj("required", List.of("forbid")))));
        all.add(obj("anyOf", List.of(obj("required", List.of("rationale")), obj("required", List.of("source")))));
        return obj("type", "object", "properties", props, "required", List.of("decision"), "additionalProperties", false, "allOf", all,
                "description", "force one option of a decision rule, or forbid some, over from..to (default: the whole span)");
    }

    private static Map<String, Object> modification() {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String f : ScenarioLoader.MODIFY) props.put(f, eventField(f));
        return obj("type", "object", "properties", props, "additionalProperties", false,
                "not", obj("required", List.of("effects", "add_effects")),
                "description", "effects replaces the event's effects, add_effects appends to them (not both)");
    }

    private static Map<String, Object> override() {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String f : ScenarioLoader.OVERRIDE) {
            props.put(f, switch (f) {
                case "value" -> obj("type", "number");
                case "range" -> obj("type", "array", "items", obj("type", "number"), "minItems", 2, "maxItems", 2);
                case "distribution" -> obj("enum", List.of("triangular", "uniform", "fixed"));
                case "source", "rationale" -> obj("type", "string", "minLength", 1);
                default -> throw new IllegalStateException("no schema for override field '" + f + "'");
            });
        }
        return obj("type", "object", "properties", props, "additionalProperties", false,
                "anyOf", List.of(obj("required", List.of("source")), obj("required", List.of("rationale"))));
    }

    private static Map<String, Object> effect() {
        List<Object> branches = new ArrayList<>();
        for (EffectType t : Effects.types()) {
            branches.add(obj("if", obj("properties", obj("op", obj("const", t.op()))), "then", ref("effect-" + t.op())));
        }
        return obj("type", "object", "properties", obj("op", obj("enum", new ArrayList<>(Effects.ops()))),
                "required", List.of("op"), "allOf", branches);
    }

    private static Map<String, Object> effectOf(EffectType t) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("op", obj("const", t.op()));
        for (String f : new TreeSet<>(t.fields())) props.put(f, effectField(t, f));
        List<String> req = new ArrayList<>();
        req.add("op");
        req.addAll(new TreeSet<>(t.requiredFields()));
        return obj("description", t.summary(), "type", "object", "properties", props, "required", req, "additionalProperties", false);
    }

    /** The schema of an effect's field, from the kind its type declares. */
    private static Object effectField(EffectType t, String f) {
        return switch (t.fieldKind(f)) {
            case VARIABLE -> ref("var");
            case NUMBER -> ref("number");
            case BOOLEAN -> obj("type", "boolean");
            case ID -> obj("type", "string", "pattern", "^[a-z0-9][a-z0-9-]*$");
            case COUNTRY -> obj("enum", List.of("JP", "RU", "SU"));
            case TEXT -> obj("type", "string", "minLength", 1);
        };
    }

    private static Map<String, Object> ref(String def) {
        return obj("$ref", "#/$defs/" + def);
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
