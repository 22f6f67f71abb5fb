package org.treatysim.cli;

import org.treatysim.io.FileTrees;
import org.treatysim.io.UsageException;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.OutputException;
import org.treatysim.output.RecordedRun;
import org.treatysim.output.Reproduction;
import org.treatysim.output.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Re-runs a {@code run} from its manifest.json (scenario file, seed, replications). Before running it checks that
 * the manifest is intact (its own checksum), that it agrees with the scenario it names (span, bargaining theory,
 * parameters), and that the scenario files and the parameter file still have the SHA-256 the manifest recorded.
 * It then compares the bytes of trajectory.csv, runs.csv and summary.json with the originals beside the manifest,
 * and says when an original was changed after the run wrote it.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Re-runs a run from its manifest.json (same scenario, seed and replications, after checking the manifest's "
                + "own checksum, that it agrees with the scenario, and the input files' SHA-256) and checks that trajectory.csv, "
                + "runs.csv and summary.json come out byte-identical to the files beside the manifest. Prints MATCH or MISMATCH per file.",
                "Exit code: 0 if every file matches, 1 on a mismatch, 2 if an input changed or the manifest is bad or edited."})
public final class ReproduceCommand implements Callable<Integer> {
    /** Results directories of `reproduce`. */
    static final OutputDir.Owner OWNER = OutputDir.Owner.results("reproduce");

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The manifest.json of a results directory written by `run`.")
    Path manifestFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Keep the reproduced results here (default: a temporary directory, removed afterwards).")
    Path out;

    @Option(names = {"--force"}, description = "Replace results that `reproduce` wrote in --out and nobody changed since (never anything else).")
    boolean force;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Override public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Path manifestPath = manifestFile.toAbsolutePath().normalize();
        int t = threads.threads();
        if (out != null && out.toAbsolutePath().normalize().equals(manifestPath.getParent())) {
            throw new UsageException("--out " + out + " is the directory of the results being checked; choose another directory");
        }
        Reproduction.Prepared p = Reproduction.prepare(manifestPath);
        if (!p.sealed()) {
            spec.commandLine().getErr().println("note: " + manifestPath + " carries no checksums (written by an earlier TreatySim version), so edits to it cannot be detected");
            spec.commandLine().getErr().flush();
        }
        RecordedRun rec = p.recorded();
        o.printf("reproducing %s: scenario %s, %d replications, seed %d%n", manifestPath, rec.scenario(), rec.replications(), rec.seed());
        o.flush();
        List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reproduces", manifestPath.toString());
        Path tmpParent = out == null ? OutputException.guard(manifestPath, () -> Files.createTempDirectory("treatysim-reproduce-")) : null;
        try {
            Path dir;
            try (OutputDir od = OutputDir.open(out != null ? out : tmpParent.resolve("results"), out != null && force, OWNER)) {
                Instant started = Instant.now();
                dir = RunReport.runAndWrite(od, p.scenario(), p.config(t), null,
                        tr -> Manifest.build("reproduce", args, p.scenario(), rec.replications(), rec.seed(), t, started, Instant.now(), extra)).dir();
            }
            List<Reproduction.Verdict> verdicts = Reproduction.verdicts(p, dir);
            boolean all = verdicts.stream().allMatch(Reproduction.Verdict::match);
            for (Reproduction.Verdict v : verdicts) o.println(v.text() + "  " + v.file());
            o.println(all ? "reproduced: all " + verdicts.size() + " files are byte-identical" : "NOT reproduced: see the mismatches above");
            if (out != null) o.println("reproduced results in " + dir);
            o.flush();
            return all ? 0 : 1;
        } finally {
            if (tmpParent != null) FileTrees.deleteQuietly(tmpParent);
        }
    }
}
