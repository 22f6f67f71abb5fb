package org.treatysim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML or JSON file read as a tree, with the line:column of every node kept so that validation errors
 * can say where. Reading is hardened: size, nesting depth and YAML aliases are bounded, YAML tags are
 * refused, and nothing is ever bound to a Java class named in the file (files are data, never code).
 */
public final class YamlDocument {
    /** Largest scenario or sweep file accepted, in bytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 50;

    private final Path file;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    private final Map<String, int[]> keys;

    private YamlDocument(Path file, JsonNode root, Map<String, int[]> locations, Map<String, int[]> keys) {
        this.file = file;
        this.root = root;
        this.locations = locations;
        this.keys = keys;
    }

    public Path file() { return file; }
    public JsonNode root() { return root; }

    /** Line and column (1-based) of the node at a JSON pointer, or of its nearest located ancestor. */
    public int[] location(String pointer) {
        String p = pointer;
        while (true) {
            int[] loc = locations.get(p);
            if (loc != null) return loc;
            if (p.isEmpty()) return new int[] {1, 1};
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** An error located at the key of a mapping entry (e.g. an unknown field name) rather than at its value. */
    public ScenarioException keyError(String pointer, String problem, String hint) {
        int[] loc = keys.get(pointer);
        if (loc == null) return error(pointer, problem, hint);
        return new ScenarioException(file, loc[0], loc[1], problem, hint);
    }

    public ScenarioException error(String pointer, String problem, String hint) {
        int[] loc = location(pointer);
        return new ScenarioException(file, loc[0], loc[1], problem, hint);
    }

    public Node rootNode() { return new Node(this, root, ""); }

    public static YamlDocument load(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(file, "file is " + size + " bytes; at most " + MAX_BYTES + " are accepted",
                        "split the scenario, or check that this is the file you meant");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, "file not found",
                    "check the path; `./treatysim scenarios` lists the scenarios in scenarios/");
        } catch (IOException e) {
            throw new ScenarioException(file, "cannot read file: " + e.getMessage(), "check the path and its permissions");
        }
        return parse(file, bytes);
    }

    /** Parses bytes as YAML (a superset of JSON), remembering where every node starts. */
    public static YamlDocument parse(Path file, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file, "file is not valid UTF-8 text", "save the file as UTF-8");
        }
        if (text.length() > MAX_BYTES) {
            throw new ScenarioException(file, "file is too large", "at most " + MAX_BYTES + " characters are accepted");
        }
        ObjectMapper mapper = mapper();
        Map<String, int[]> locations = new HashMap<>();
        Map<String, int[]> keys = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation loc = p.currentTokenLocation();
                if (t == JsonToken.FIELD_NAME) {
                    keys.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), new int[] {loc.getLineNr(), loc.getColumnNr()});
                    continue;
                }
                String ptr = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ptr = p.getParsingContext().getParent() == null ? "" : p.getParsingContext().getParent().pathAsPointer().toString();
                }
                locations.putIfAbsent(ptr, new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException | RuntimeException e) {
            throw syntaxError(file, e);
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        } catch (IOException | RuntimeException e) {
            throw syntaxError(file, e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioException(file, 1, 1, "the file is empty", "a scenario is a YAML mapping; see docs/scenario-format.md");
        }
        return new YamlDocument(file, root, locations, keys);
    }

    private static ScenarioException syntaxError(Path file, Exception e) {
        int line = 0, col = 0;
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            line = jpe.getLocation().getLineNr();
            col = jpe.getLocation().getColumnNr();
            msg = jpe.getOriginalMessage();
        }
        // Keep the first line: SnakeYAML appends a context dump we do not want to repeat.
        int nl = msg.indexOf('\n');
        if (nl > 0) msg = msg.substring(0, nl);
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        String hint = "fix the YAML syntax at that place";
        if (lower.contains("alias")) hint = "YAML aliases are limited to " + MAX_ALIASES + "; write the values out";
        else if (lower.contains("nesting") || lower.contains("depth")) hint = "nesting is limited to " + MAX_DEPTH + " levels";
        else if (lower.contains("tag") || lower.contains("global")) hint = "YAML tags are not allowed; scenario files are plain data";
        return new ScenarioException(file, Math.max(line, 0), Math.max(col, 0), "not valid YAML/JSON: " + msg, hint);
    }

    /** A fresh mapper with bounded reading; never configured for polymorphic (class-named) typing. */
    public static ObjectMapper mapper() {
        LoaderOptions opts = new LoaderOptions();
        opts.setMaxAliasesForCollections(MAX_ALIASES);
        opts.setNestingDepthLimit(MAX_DEPTH);
        opts.setCodePointLimit((int) MAX_BYTES);
        opts.setAllowDuplicateKeys(false);
        opts.setAllowRecursiveKeys(false);
        opts.setTagInspector(tag -> false);
        YAMLFactory yf = YAMLFactory.builder()
                .loaderOptions(opts)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(MAX_BYTES)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(100)
                        .build())
                .build();
        ObjectMapper m = new ObjectMapper(yf);
        m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        return m;
    }

    static JsonFactory factory() { return mapper().getFactory(); }
}
