package org.treatysim.gui;

import org.treatysim.experiment.Scenarios;
import org.treatysim.io.ScenarioException;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenarios the GUI offers: every file in a directory (the one holding the scenario the GUI was opened with,
 * normally scenarios/) that loads as a complete scenario, sorted by file name. The opened scenario always comes
 * first, as loaded. Files that are not scenarios (the parameter file) or do not load are left out and listed in
 * {@link #skipped()} with their first error.
 */
public final class ScenarioCatalog {
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    public ScenarioCatalog(Scenario opened) {
        scenarios.add(opened);
        Path dir = opened.file().toAbsolutePath().normalize().getParent();
        Path self = opened.file().toAbsolutePath().normalize();
        if (dir == null) return;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
                    .map(p -> p.toAbsolutePath().normalize()).filter(p -> !p.equals(self)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Path f : files) {
            try {
                scenarios.add(Scenarios.load(f));
            } catch (ScenarioException | IllegalArgumentException e) {
                skipped.add(f.getFileName() + ": " + e.getMessage());
            }
        }
    }

    public List<Scenario> scenarios() { return List.copyOf(scenarios); }

    public Scenario get(int i) { return scenarios.get(i); }

    public int size() { return scenarios.size(); }

    /** Names for the inspector's list: the scenario's name, and its file name where that is not the name. */
    public String[] labels() {
        String[] out = new String[scenarios.size()];
        for (int i = 0; i < out.length; i++) {
            Scenario s = scenarios.get(i);
            String file = s.file().getFileName().toString();
            boolean named = file.replaceFirst("\\.(ya?ml|json)$", "").equals(s.name());
            out[i] = named ? s.name() : s.name() + " (" + file + ")";
        }
        return out;
    }

    public List<String> skipped() { return List.copyOf(skipped); }
}
