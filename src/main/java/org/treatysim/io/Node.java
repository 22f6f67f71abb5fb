package org.treatysim.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One node of a {@link YamlDocument} with its JSON pointer, offering typed reads that fail with the
 * node's file, line:column, what was expected and what to do.
 */
public final class Node {
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final YamlDocument doc;
    private final JsonNode json;
    private final String pointer;

    Node(YamlDocument doc, JsonNode json, String pointer) {
        this.doc = doc;
        this.json = json;
        this.pointer = pointer;
    }

    public YamlDocument doc() { return doc; }
    public JsonNode json() { return json; }
    public String pointer() { return pointer; }

    public ScenarioException error(String problem, String hint) {
        return doc.error(pointer, problem, hint);
    }

    /** A readable path such as {@code events[3].effects[0].var} for messages. */
    public String path() {
        if (pointer.isEmpty()) return "(top level)";
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            String p = part.replace("~1", "/").replace("~0", "~");
            if (p.chars().allMatch(Character::isDigit) && !p.isEmpty()) sb.append('[').append(p).append(']');
            else { if (sb.length() > 0) sb.append('.'); sb.append(p); }
        }
        return sb.toString();
    }

    public Node requireObject(String what) {
        if (!json.isObject()) throw error(path() + " must be a mapping (key: value), found " + kind(json), "write " + what + " as a YAML mapping");
        return this;
    }

    public boolean has(String field) { return json.has(field) && !json.get(field).isNull(); }

    public Node field(String name) {
        String esc = name.replace("~", "~0").replace("/", "~1");
        JsonNode child = json.get(name);
        return new Node(doc, child == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : child, pointer + "/" + esc);
    }

    public Node required(String name, String expected) {
        if (!has(name)) throw error("missing required field '" + name + "' in " + path(), "add '" + name + ":' with " + expected);
        return field(name);
    }

    /**
     * Rejects fields outside {@code allowed}, naming the closest allowed one. The hint lists them in the set's order
     * if it has one (a {@link LinkedHashSet}), else alphabetically, so that a message is the same on every run.
     */
    public void onlyFields(Set<String> allowed) {
        if (!(allowed instanceof LinkedHashSet) && !(allowed instanceof java.util.SortedSet)) allowed = new java.util.TreeSet<>(allowed);
        Iterator<String> it = json.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                String close = Names.closest(f, allowed);
                throw doc.keyError(field(f).pointer(), "unknown field '" + f + "' in " + path(),
                        (close != null ? "did you mean '" + close + "'? " : "") + "allowed here: " + String.join(", ", new LinkedHashSet<>(allowed)));
            }
        }
    }

    public String asString(String expected) {
        if (!json.isTextual()) throw error(path() + " must be " + expected + ", found " + kind(json), "write " + expected);
        return json.asText();
    }

    public String asString(String expected, Pattern pattern) {
        String s = asString(expected);
        if (!pattern.matcher(s).matches()) throw error(path() + " must be " + expected + ", found '" + s + "'", "write " + expected);
        return s;
    }

    public double asDouble(String expected) {
        if (!json.isNumber()) throw error(path() + " must be a number (" + expected + "), found " + kind(json), "write a plain number such as 0.5");
        double v = json.asDouble();
        if (!Double.isFinite(v)) throw error(path() + " must be a finite number", "write a plain number");
        return v;
    }

    public double asDouble(String expected, double min, double max) {
        double v = asDouble(expected);
        if (v < min || v > max) throw error(path() + " = " + v + " is outside " + expected + " [" + min + ", " + max + "]", "use a value between " + min + " and " + max);
        return v;
    }

    public long asLong(String expected, long min, long max) {
        if (!json.isIntegralNumber()) throw error(path() + " must be a whole number (" + expected + "), found " + kind(json), "write a whole number");
        if (!json.canConvertToLong()) throw error(path() + " is too large", "use a value between " + min + " and " + max);
        long v = json.asLong();
        if (v < min || v > max) throw error(path() + " = " + v + " is outside " + expected + " [" + min + ", " + max + "]", "use a value between " + min + " and " + max);
        return v;
    }

    public boolean asBoolean() {
        if (!json.isBoolean()) throw error(path() + " must be true or false, found " + kind(json), "write true or false");
        return json.asBoolean();
    }

    public YearMonth asYearMonth() {
        String s;
        if (json.isTextual()) s = json.asText();
        else throw error(path() + " must be a month written YYYY-MM, found " + kind(json), "write the month as YYYY-MM, e.g. 1956-10 (quote it if your editor turns it into a number)");
        if (!YEAR_MONTH.matcher(s).matches()) throw error(path() + " must be a month written YYYY-MM, found '" + s + "'", "write the month as YYYY-MM, e.g. 1956-10");
        try {
            return YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            throw error(path() + " is not a real month: '" + s + "'", "months run 01 to 12");
        }
    }

    public List<Node> elements(String expected) {
        if (!json.isArray()) throw error(path() + " must be a list (" + expected + "), found " + kind(json), "write a YAML list with '- ' items");
        List<Node> out = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) out.add(new Node(doc, json.get(i), pointer + "/" + i));
        return out;
    }

    /**
     * Reads {@code [low, high]}: a list of exactly two numbers (their order is the caller's to check).
     *
     * @param subject what the pair is, for the message ("range of jp.us_push")
     * @param hint    what to do if it is not a pair ("write range: [low, high]")
     */
    public double[] asInterval(String subject, String hint) {
        List<Node> r = elements("[low, high]");
        if (r.size() != 2) throw error(subject + " must have exactly two numbers [low, high], found " + r.size(), hint);
        return new double[] {r.get(0).asDouble("the low end"), r.get(1).asDouble("the high end")};
    }

    /** The i-th element of a list (after {@link #elements}) checked it is one. */
    public Node element(int i) {
        return new Node(doc, json.get(i), pointer + "/" + i);
    }

    public List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        json.fieldNames().forEachRemaining(out::add);
        return out;
    }

    public static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isTextual()) return "text '" + abbreviate(n.asText()) + "'";
        if (n.isBoolean()) return "a boolean";
        if (n.isNumber()) return "the number " + n.asText();
        if (n.isArray()) return "a list";
        if (n.isObject()) return "a mapping";
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
