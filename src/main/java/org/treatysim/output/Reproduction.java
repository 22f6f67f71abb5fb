package org.treatysim.output;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;
import org.treatysim.scenario.Posterior;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-running a {@code run} from its manifest.json, and the verdict. {@link #prepare} checks, before anything runs, that
 * the manifest is intact (its own checksum), that the input files still have the SHA-256 it recorded, and that it
 * agrees with the scenario it names; {@link #verdicts} compares the bytes of the files a run writes with the
 * originals beside the manifest, saying where they first differ and whether an original was changed after the run.
 */
public final class Reproduction {
    /** The files compared, in order. */
    public static final List<String> COMPARED = List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json");

    private Reproduction() {}

    /**
     * A checked manifest, ready to re-run.
     *
     * @param manifest  the manifest's absolute path
     * @param recorded  what it records
     * @param scenario  the scenario to run (with its posterior sample, if the run drew from one)
     * @param sealed    false for a manifest of an earlier version that carries no checksums (edits cannot be detected)
     * @param changed   the files beside the manifest that were changed after the run wrote them
     */
    public record Prepared(Path manifest, RecordedRun recorded, Scenario scenario, boolean sealed, List<String> changed) {
        /** The Monte Carlo settings of the recorded run, on {@code threads} threads (results do not depend on them). */
        public MonteCarlo.Config config(int threads) {
            return new MonteCarlo.Config(recorded.replications(), recorded.seed(), threads, true);
        }
    }

    /** Reads and checks a run's manifest and everything it names; refuses (exit code 2) anything that was changed. */
    public static Prepared prepare(Path manifestFile) throws IOException {
        Path manifest = manifestFile.toAbsolutePath().normalize();
        RecordedRun rec = RecordedRun.read(manifest);
        rec.checkInputs();
        Scenario loaded = Scenarios.load(rec.scenario());
        Scenario s = rec.posterior() == null ? loaded : loaded.withPosterior(Posterior.load(rec.posterior(), loaded.parameters()));
        if (!s.sha256().keySet().equals(rec.sha256().keySet())) {
            throw new UsageException("the scenario now reads other files than at the time of the run: now " + s.sha256().keySet()
                    + ", recorded " + rec.sha256().keySet() + "; restore the scenario's extends:/parameters_file: to reproduce");
        }
        rec.agreesWith(s);
        Seal.Read seal = Seal.read(manifest);
        if (seal.status() == Seal.Status.CHANGED) {
            throw new ScenarioException(manifest, "the manifest was changed after the run wrote it (its manifest_sha256 does not match its content)",
                    "reproduce needs the manifest exactly as `run` wrote it; restore it from a copy");
        }
        List<String> changed = Seal.changedFiles(manifest.getParent(), seal.root());
        return new Prepared(manifest, rec, s, seal.status() != Seal.Status.UNSEALED, changed);
    }

    /** One compared file: "MATCH", or "MISMATCH (...)", or "MISSING (...)", and whether it matched. */
    public record Verdict(String file, String text, boolean match) {}

    /** The verdict on each of {@link #COMPARED}: the originals beside the manifest against the re-run's files in {@code dir}. */
    public static List<Verdict> verdicts(Prepared p, Path dir) throws IOException {
        List<Verdict> out = new ArrayList<>();
        for (String name : COMPARED) {
            String verdict = compare(p.manifest().getParent().resolve(name), dir.resolve(name));
            boolean match = verdict.startsWith("MATCH");
            if (!match && p.changed().contains(name)) verdict += ", and the original was changed after the run wrote it";
            out.add(new Verdict(name, verdict, match));
        }
        return out;
    }

    /** "MATCH", or "MISMATCH (...)" saying where the files first differ, or "MISSING" when the original is gone. */
    public static String compare(Path original, Path reproduced) throws IOException {
        if (!Files.isRegularFile(original)) return "MISSING (no original " + original.getFileName() + " beside the manifest)";
        byte[] a = Files.readAllBytes(original), b = Files.readAllBytes(reproduced);
        int i = Arrays.mismatch(a, b);
        if (i < 0) return "MATCH";
        int line = 1;
        for (int k = 0; k < i && k < a.length; k++) if (a[k] == '\n') line++;
        return "MISMATCH (first difference at line " + line + ", byte " + i + "; " + a.length + " vs " + b.length + " bytes)";
    }

}
