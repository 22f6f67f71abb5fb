package org.treatysim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.treatysim.io.Json;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.Sha256;
import org.treatysim.io.YamlDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code manifest.json} that seals a results directory: the command's provenance plus {@code files}, the SHA-256
 * of every other file in the directory, and {@code manifest_sha256}, the SHA-256 of the manifest itself as written
 * without that entry. A directory is recognised as the results of a command only if its manifest is intact, names
 * that command, and lists every file the directory holds with its current checksum. The checksums detect accidental
 * and careless changes; they are not signatures.
 */
public final class Seal {
    public static final String MANIFEST = "manifest.json";
    public static final String FILES = "files";
    public static final String SELF = "manifest_sha256";

    /** Reads manifests written by any version (NaN and infinities included, as Jackson writes them). */
    private static final ObjectMapper READER = Json.READER;

    private Seal() {}

    /** How a manifest stands. */
    public enum Status {
        /** It carries checksums, and its own matches its content. */
        INTACT,
        /** Written before manifests carried checksums: nothing to verify it with. */
        UNSEALED,
        /** Its own checksum does not match its content: it was changed after it was written. */
        CHANGED
    }

    /** A manifest as read: its tree and whether it is intact. */
    public record Read(ObjectNode root, Status status) {
        /** The text of a top-level field, or "" if absent. */
        public String text(String field) {
            JsonNode n = root.get(field);
            return n != null && n.isTextual() ? n.asText() : "";
        }
    }

    /**
     * Writes {@value #MANIFEST} into {@code dir}: {@code manifest}, then the checksum of every regular file in
     * {@code dir} (except hidden ones, which are the writer's own), then its own checksum.
     */
    static void write(Path dir, Map<String, Object> manifest) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                String n = f.getFileName().toString();
                if (n.startsWith(".") || n.equals(MANIFEST) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) continue;
                files.put(n, Sha256.of(f));
            }
        }
        ObjectNode root = Json.MAPPER.valueToTree(manifest);
        root.remove(SELF);
        root.set(FILES, Json.MAPPER.valueToTree(files));
        root.put(SELF, Sha256.hex(canonical(root)));
        Files.write(dir.resolve(MANIFEST), Json.MAPPER.writeValueAsBytes(root));
    }

    /** The bytes the self-checksum covers: the manifest without {@value #SELF}, as TreatySim writes JSON. */
    private static byte[] canonical(ObjectNode root) throws JsonProcessingException {
        ObjectNode copy = root.deepCopy();
        copy.remove(SELF);
        return Json.MAPPER.writeValueAsBytes(copy);
    }

    /**
     * Reads a manifest (at most {@link YamlDocument#MAX_BYTES}, a regular file) and checks its own checksum.
     *
     * @throws ScenarioException if it cannot be read or is not a JSON object
     */
    public static Read read(Path manifest) {
        byte[] bytes = YamlDocument.readBounded(manifest);
        JsonNode n;
        try {
            n = READER.readTree(bytes);
        } catch (IOException e) {
            throw new ScenarioException(manifest, "not a TreatySim manifest: not valid JSON", "give the manifest.json of a TreatySim results directory");
        }
        if (!(n instanceof ObjectNode root)) {
            throw new ScenarioException(manifest, "not a TreatySim manifest: not a JSON object", "give the manifest.json of a TreatySim results directory");
        }
        JsonNode self = root.get(SELF);
        if (self == null && !root.has(FILES)) return new Read(root, Status.UNSEALED);
        try {
            boolean ok = self != null && self.isTextual() && self.asText().equals(Sha256.hex(canonical(root)));
            return new Read(root, ok ? Status.INTACT : Status.CHANGED);
        } catch (JsonProcessingException e) {
            return new Read(root, Status.CHANGED);
        }
    }

    /** Files the manifest lists whose bytes differ now, or that are gone ("name (missing)"). */
    public static List<String> changedFiles(Path dir, ObjectNode root) {
        List<String> out = new ArrayList<>();
        JsonNode files = root.get(FILES);
        if (files == null || !files.isObject()) return out;
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path f = dir.resolve(e.getKey()).normalize();
            if (!f.getParent().equals(dir.normalize())) { out.add(e.getKey()); continue; }
            try {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) out.add(e.getKey() + " (missing)");
                else if (!Sha256.of(f).equals(e.getValue().asText())) out.add(e.getKey());
            } catch (IOException x) {
                out.add(e.getKey() + " (unreadable)");
            }
        }
        return out;
    }

    /**
     * Why {@code dir} is not an intact results directory written by {@code command}, as a phrase that follows the
     * directory's name ("holds files TreatySim did not write: a.txt"); null if it is one. Files its manifest lists
     * may be missing (nothing of the user's is lost by replacing what remains).
     */
    static String problem(Path dir, String command) {
        List<String> entries = OutputDir.entries(dir);
        Path mf = dir.resolve(MANIFEST);
        List<String> others = new ArrayList<>(entries);
        others.remove(MANIFEST);
        if (!Files.isRegularFile(mf, LinkOption.NOFOLLOW_LINKS)) {
            return entries.contains(SweepWriter.MANIFEST) ? "holds a sweep, not the results of `" + command + "`"
                    : "holds files TreatySim did not write: " + OutputDir.some(entries);
        }
        Read r;
        try {
            r = read(mf);
        } catch (ScenarioException e) {
            return "holds a " + MANIFEST + " that TreatySim did not write (" + e.problem() + ")";
        }
        if (!r.text("tool").equals("treatysim")) return "holds a " + MANIFEST + " that TreatySim did not write";
        if (r.status() == Status.UNSEALED) {
            return "holds results written by an earlier TreatySim version, which recorded no checksums to verify them with";
        }
        if (r.status() == Status.CHANGED) return "holds a " + MANIFEST + " that was changed after TreatySim wrote it";
        String by = r.text("command");
        if (!by.equals(command)) return "holds the results of `" + (by.isEmpty() ? "?" : by) + "`, not of `" + command + "`";
        JsonNode files = r.root().get(FILES);
        List<String> foreign = new ArrayList<>();
        for (String n : others) {
            if (!files.has(n) || Files.isDirectory(dir.resolve(n), LinkOption.NOFOLLOW_LINKS)) foreign.add(n);
        }
        if (!foreign.isEmpty()) return "holds files TreatySim did not write: " + OutputDir.some(foreign);
        List<String> changed = changedFiles(dir, r.root());
        changed.removeIf(n -> n.endsWith(" (missing)"));
        if (!changed.isEmpty()) return "holds results of `" + command + "` that were changed after TreatySim wrote them: " + OutputDir.some(changed);
        return null;
    }
}
