package org.treatysim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
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
    /** Most YAML values (scalars, mappings, lists, keys) a file may hold: bounds time and memory before any tree is built. */
    static final int MAX_TOKENS = 500_000;
    /** Longest text value or key accepted, in characters. */
    public static final int MAX_STRING = 1_000_000;

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
        return parse(file, readBounded(file));
    }

    /**
     * Reads a whole input file, refusing anything that is not a regular file (a FIFO would block, /dev/zero
     * would never end) and never reading more than {@link #MAX_BYTES} + 1 bytes, whatever the file claims.
     */
    public static byte[] readBounded(Path file) {
        try {
            if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(file, Files.isDirectory(file) ? "is a directory, not a file" : "is not a regular file (a device, pipe or socket)",
                        "give the path of a YAML or JSON file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) throw tooLarge(file, size);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) throw tooLarge(file, bytes.length);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, "file not found",
                    "check the path; `./treatysim scenarios` lists the scenarios in scenarios/");
        } catch (IOException e) {
            throw new ScenarioException(file, "cannot read file: " + e.getMessage(), "check the path and its permissions");
        }
    }

    private static ScenarioException tooLarge(Path file, long size) {
        return new ScenarioException(file, "file is " + (size > MAX_BYTES ? "more than " + MAX_BYTES : String.valueOf(size)) + " bytes; at most " + MAX_BYTES + " are accepted",
                "split the scenario, or check that this is the file you meant");
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
            try {
                JsonToken t;
                int tokens = 0, roots = 0, depth = 0;
                while ((t = p.nextToken()) != null) {
                    if (++tokens > MAX_TOKENS) {
                        JsonLocation at = p.currentTokenLocation();
                        throw new ScenarioException(file, at.getLineNr(), at.getColumnNr(), "the file holds more than " + MAX_TOKENS + " YAML values",
                                "TreatySim's inputs (scenarios, sweeps, facts) are far smaller; check that this is the file you meant");
                    }
                    refuseTagsAndAliases(file, p);
                    JsonLocation loc = p.currentTokenLocation();
                    if (depth == 0 && (t.isStructStart() || t.isScalarValue()) && ++roots > 1) {
                        throw new ScenarioException(file, loc.getLineNr(), loc.getColumnNr(), "a second YAML document starts here; a file holds one document",
                                "remove the '---' line and what follows it, or put the second document in a file of its own");
                    }
                    if (t.isStructStart()) depth++;
                    else if (t.isStructEnd()) depth--;
                    if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) && p.getTextLength() > MAX_STRING) {
                        throw new ScenarioException(file, loc.getLineNr(), loc.getColumnNr(), "a text of " + p.getTextLength() + " characters; at most " + MAX_STRING + " are accepted",
                                "shorten it; long notes belong in a separate document that the scenario cites");
                    }
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
            } catch (ScenarioException e) {
                throw e;
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // Limits (nesting, string and number length) fail without a location: use where the parser stopped.
                throw syntaxError(file, e, p.currentLocation());
            }
        } catch (ScenarioException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw syntaxError(file, e, null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw syntaxError(file, e, null);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioException(file, 1, 1, "the file is empty", "a scenario is a YAML mapping; see docs/scenario-format.md");
        }
        return new YamlDocument(file, root, locations, keys);
    }

    /**
     * Refuses explicit YAML tags ({@code !!java.net.URL}, {@code !<tag:...>}, {@code !foo}) and aliases ({@code *x}).
     * Jackson would otherwise read a tagged value as plain text and an alias as the anchor's name: files are plain
     * data, and a tag that names a class must never look accepted.
     */
    private static void refuseTagsAndAliases(Path file, JsonParser p) throws IOException {
        if (!(p instanceof YAMLParser y)) return;
        String tag = y.getTypeId();
        if (tag != null) {
            JsonLocation at = p.currentTokenLocation();
            throw new ScenarioException(file, at.getLineNr(), at.getColumnNr(), "YAML tag '" + abbreviate(tag) + "' is not allowed",
                    "remove the tag: scenario and parameter files are plain data (mappings, lists, text, numbers, true/false)");
        }
        if (y.isCurrentAlias()) {
            JsonLocation at = p.currentTokenLocation();
            throw new ScenarioException(file, at.getLineNr(), at.getColumnNr(), "YAML alias '*" + abbreviate(p.getText()) + "' is not supported",
                    "write the value out in full; to reuse a scenario use extends:, to change inherited events use modify_events:");
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : (s.length() > 60 ? s.substring(0, 57) + "..." : s);
    }

    private static final java.util.regex.Pattern SNAKE_EVENT = java.util.regex.Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event(\\([^)]*\\))?>?");

    /** Jackson reports unexpected YAML structure as SnakeYAML event objects; name them as a user would. */
    static String readableEvents(String msg) {
        String m = msg.replace("Expected a field name (Scalar value in YAML), got this instead:", "a mapping key must be plain text, found");
        java.util.regex.Matcher x = SNAKE_EVENT.matcher(m);
        StringBuilder sb = new StringBuilder();
        while (x.find()) {
            String word = switch (x.group(1)) {
                case "SequenceStart" -> "a list";
                case "MappingStart" -> "a mapping";
                case "SequenceEnd" -> "the end of a list";
                case "MappingEnd" -> "the end of a mapping";
                case "Alias" -> "an alias";
                case "Scalar" -> "a value";
                default -> "YAML structure";
            };
            x.appendReplacement(sb, word);
        }
        x.appendTail(sb);
        return sb.toString().replace("org.yaml.snakeyaml.", "");
    }

    private static ScenarioException syntaxError(Path file, Throwable e, JsonLocation fallback) {
        int line = 0, col = 0;
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof JsonProcessingException jpe) {
            if (jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
                line = jpe.getLocation().getLineNr();
                col = jpe.getLocation().getColumnNr();
            }
            if (jpe.getOriginalMessage() != null) msg = jpe.getOriginalMessage();
        }
        if (line <= 0 && fallback != null && fallback.getLineNr() > 0) {
            line = fallback.getLineNr();
            col = fallback.getColumnNr();
        }
        // Jackson's limit messages name its own classes; keep what the user needs.
        msg = msg.replaceAll(" ?\\(from `[^`]*`\\)", "").replaceAll(", from `[^`]*`", "");
        if (msg.startsWith("Document nesting depth")) msg = "nesting deeper than " + MAX_DEPTH + " levels";
        msg = readableEvents(msg);
        // Keep the first line: SnakeYAML appends a context dump we do not want to repeat.
        int nl = msg.indexOf('\n');
        if (nl > 0) msg = msg.substring(0, nl);
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        String hint = "fix the YAML syntax at that place";
        if (e instanceof StackOverflowError) { msg = "nesting too deep"; lower = msg; }
        if (lower.contains("alias")) hint = "YAML aliases are not supported; write the values out";
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
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(100)
                        .build())
                .build();
        ObjectMapper m = new ObjectMapper(yf);
        m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        return m;
    }
}
