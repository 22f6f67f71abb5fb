package org.treatysim.web;

import org.treatysim.experiment.Scenarios;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;
import org.treatysim.io.YamlDocument;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shipped scenarios a class server offers: every scenario file directly inside its folder that loads, read once at
 * start. Scenarios that extend nothing (the baseline) come first, then the others by file name. Parameter files and
 * files that do not load are left out; {@link #skipped()} says why.
 */
public final class Gallery {
    /**
     * One shipped scenario.
     *
     * @param question the question it asks: the "Question." paragraph of its description, or its first sentence
     */
    public record Entry(String name, String fileName, String title, String question, Scenario scenario, byte[] text, String extendsFile) {
        public boolean isBase() { return extendsFile == null; }
    }

    private final Path dir;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final List<String> skipped = new ArrayList<>();

    private Gallery(Path dir) {
        this.dir = dir;
    }

    public static Gallery load(Path dir) {
        if (!Files.isDirectory(dir)) throw new UsageException(dir + " is not a directory; give the folder of the scenarios to serve with --scenarios");
        Gallery g = new Gallery(dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().matches("[^.].*\\.(ya?ml|json)")).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("cannot list " + dir + ": " + e.getMessage() + "; give a folder of scenarios this user may read with --scenarios", e);
        }
        List<Entry> bases = new ArrayList<>(), others = new ArrayList<>();
        for (Path f : files) {
            try {
                if ("treatysim/parameters-1".equals(YamlDocument.load(f).root().path("schema").asText())) continue;
                Scenario s = Scenarios.load(f);
                byte[] text = Files.readAllBytes(f);
                String ext = s.lineage().size() > 1 ? s.lineage().get(1).getFileName().toString() : null;
                Entry e = new Entry(s.name(), f.getFileName().toString(), s.title(), question(s.description()), s, text, ext);
                if (g.byName.containsKey(e.name()) || !e.fileName().matches(java.util.regex.Pattern.quote(e.name()) + "\\.(ya?ml|json)")) {
                    g.skipped.add(f.getFileName() + ": its name '" + s.name() + "' must be its file name and unique in the folder");
                    continue;
                }
                g.byName.put(e.name(), e);
                (e.isBase() ? bases : others).add(e);
            } catch (ScenarioException | IllegalArgumentException e) {
                g.skipped.add(f.getFileName() + ": " + e.getMessage().lines().findFirst().orElse(""));
            } catch (IOException e) {
                g.skipped.add(f.getFileName() + ": " + e.getMessage());
            }
        }
        g.byName.clear();
        for (Entry e : bases) g.byName.put(e.name(), e);
        for (Entry e : others) g.byName.put(e.name(), e);
        return g;
    }

    public Path dir() { return dir; }

    public List<Entry> entries() { return List.copyOf(byName.values()); }

    /** The shipped scenario named {@code name}, or null. */
    public Entry get(String name) { return byName.get(name); }

    /** The shipped scenario stored as {@code fileName}, or null. */
    public Entry byFileName(String fileName) {
        for (Entry e : byName.values()) if (e.fileName().equals(fileName)) return e;
        return null;
    }

    /** The shipped scenario whose file has exactly these bytes under this file name, or null. */
    public Entry sameFile(String fileName, byte[] text) {
        Entry e = byFileName(fileName);
        return e != null && Arrays.equals(e.text(), text) ? e : null;
    }

    /** Files left out, each with the reason. */
    public List<String> skipped() { return List.copyOf(skipped); }

    /** The "Question." paragraph of a what-if's description, or the first sentence of any other description. */
    static String question(String description) {
        String d = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        int q = d.indexOf("Question.");
        if (q >= 0) {
            d = d.substring(q + "Question.".length()).strip();
            int end = d.indexOf("What is changed.");
            return end > 0 ? d.substring(0, end).strip() : d;
        }
        int dot = d.indexOf(". ");
        return dot > 0 ? d.substring(0, dot + 1) : d;
    }
}
