package org.treatysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;
import org.treatysim.io.YamlDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"Lists the scenarios of a folder with their one-line titles.",
                "Default folder: scenarios/. Parameter files are skipped; `treatysim validate` checks files in full."})
public final class ScenariosCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "scenarios", description = "Directory to list (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** One row of the listing. */
    record Entry(Path file, String name, String extendsFile, String title) {}

    @Override public Integer call() {
        if (!Files.isDirectory(dir)) throw new UsageException(dir + " is not a directory; give the folder holding the scenario files");
        List<Entry> entries = list(dir);
        PrintWriter out = spec.commandLine().getOut();
        int w = 4;
        for (Entry e : entries) w = Math.max(w, e.name().length());
        out.printf(Locale.ROOT, "%-" + w + "s  %-16s  %s%n", "name", "extends", "title");
        for (Entry e : entries) {
            out.printf(Locale.ROOT, "%-" + w + "s  %-16s  %s%n", e.name(), e.extendsFile(), e.title());
        }
        out.printf(Locale.ROOT, "%d scenario(s) in %s; run one with `treatysim run %s/<file>`, compare with `treatysim compare`%n",
                entries.size(), dir, dir);
        out.flush();
        return Cli.EXIT_OK;
    }

    /** The scenario files in {@code dir} (not its subfolders), sorted by file name; parameter files are skipped. */
    static List<Entry> list(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("[^.].*\\.(yaml|yml|json)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            String fn = f.getFileName().toString();
            try {
                JsonNode root = YamlDocument.load(f).root();
                if ("treatysim/parameters-1".equals(root.path("schema").asText()) || root.has("parameters") && !root.has("events") && !root.has("extends")) continue;
                String name = root.path("name").isTextual() ? root.path("name").asText() : "?";
                String ext = root.path("extends").isTextual() ? root.path("extends").asText() : "-";
                String title = root.path("title").isTextual() ? root.path("title").asText() : "(no title)";
                out.add(new Entry(f, name, ext, title + "  [" + fn + "]"));
            } catch (ScenarioException e) {
                out.add(new Entry(f, "?", "-", "(not readable: run `treatysim validate " + f + "`)  [" + fn + "]"));
            }
        }
        return out;
    }
}
