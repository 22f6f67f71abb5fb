package org.treatysim.analysis.facts;

import org.treatysim.io.Node;
import org.treatysim.io.YamlDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Loads a facts file ({@code schema: treatysim/facts-1}), failing at the first problem with file, line:column and a hint. */
public final class FactsFile {
    public static final Path DEFAULT = Path.of("facts", "stylized-facts.yaml");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private FactsFile() {}

    /** A facts file: its facts and the floor below which a hazard is no reference for a ratio. */
    public record Loaded(List<Fact> facts, double floor) {}

    public static List<Fact> load(Path file) { return read(file).facts(); }

    public static Loaded read(Path file) {
        YamlDocument doc = YamlDocument.load(file);
        Node root = doc.rootNode().requireObject("a facts file");
        root.onlyFields(Set.of("schema", "floor", "facts"));
        double floor = root.has("floor") ? root.field("floor").asDouble("an annual probability, e.g. 0.001", 1e-9, 0.5) : EvalContext.DEFAULT_FLOOR;
        if (root.has("schema")) root.field("schema").asString("'treatysim/facts-1'", Pattern.compile("treatysim/facts-1"));
        List<Fact> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node f : root.required("facts", "a list of facts").elements("facts")) {
            f.requireObject("a fact with id, statement, sources and test");
            f.onlyFields(Set.of("id", "statement", "sources", "test", "weight", "role"));
            Node idn = f.required("id", "a unique id such as no-treaty-by-2025");
            String id = idn.asString("an id of lower-case letters, digits and dashes", ID);
            if (!ids.add(id)) throw idn.error("duplicate fact id '" + id + "'", "give each fact its own id");
            String statement = f.required("statement", "what history shows, one sentence").asString("the statement as text");
            String sources = f.required("sources", "seed file names and/or addresses in shared/research").asString("the sources as text");
            if (sources.isBlank()) throw f.field("sources").error("sources of " + id + " are empty", "cite a seed file or a row of events.md / figures.md");
            double weight = f.has("weight") ? f.field("weight").asDouble("a weight >= 0", 0, 1e6) : 1.0;
            String role = f.has("role") ? f.field("role").asString("fit or validate", Pattern.compile("fit|validate")) : "fit";
            out.add(new Fact(id, statement, sources, weight, FactTypes.parse(f.required("test", "{type: ..., ...}")), role));
        }
        if (out.isEmpty()) throw root.field("facts").error("the facts file lists no facts", "add at least one fact");
        return new Loaded(out, floor);
    }
}
