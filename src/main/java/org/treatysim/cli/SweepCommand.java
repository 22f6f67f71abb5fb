package org.treatysim.cli;

import org.treatysim.experiment.SweepRunner;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.io.UsageException;
import org.treatysim.io.YamlDocument;
import org.treatysim.output.OutputDir;
import org.treatysim.output.OutputException;
import org.treatysim.output.SweepJournal;
import org.treatysim.output.SweepManifest;
import org.treatysim.output.SweepWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs a parameter sweep (grid, lhs, sobol or morris design) and streams per-run metrics to disk.",
                "",
                "Writes points.csv, results.csv (point,replication,metric,value) and sweep.json into DIR in constant memory. "
                        + "A killed sweep continues with --resume; --shard i/N runs one of N slices (join them with `merge`). "
                        + "The sweep file format is in docs/sweeps.md."})
public final class SweepCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML), e.g. sweeps/lhs-small.yaml.")
    Path sweepFile;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: results/sweeps/<sweep-file-name>[-shard-i-of-N]/).")
    Path out;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only slice i of N (1 <= i <= N), e.g. --shard $SLURM_ARRAY_TASK_ID/4.")
    String shard;

    @Option(names = "--resume", description = "Continue the sweep in DIR where it stopped (or start it if DIR holds none).")
    boolean resume;

    @Option(names = "--force", description = "Replace the sweep DIR holds and start afresh (only a sweep TreatySim can verify is ever replaced).")
    boolean force;

    @Mixin QuietOption quietOption = new QuietOption();

    /** Points per block (the unit of writing and resuming); output bytes do not depend on it. For tests. */
    @Option(names = "--block-points", hidden = true, paramLabel = "P")
    Integer blockPoints;

    @Override public Integer call() {
        SweepSpec.Shard sh = shard == null ? SweepSpec.Shard.ALL : SweepSpec.Shard.parse(shard);
        if (resume && force) throw new UsageException("--resume and --force contradict each other: --resume continues DIR, --force starts it afresh");
        int t = threads.threads();
        SweepSpec s = SweepSpec.load(sweepFile);
        String base = sweepFile.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        Path dir = (out != null ? out : Path.of("results", "sweeps", sh.whole() ? base : base + "-shard-" + sh.index() + "-of-" + sh.count()))
                .toAbsolutePath().normalize();
        byte[] manifest = SweepManifest.bytes(SweepManifest.build(s, sh));
        int first = sh.first(s.design().points()), end = sh.end(s.design().points());
        List<String> metrics = s.metrics().stream().map(m -> m.id()).toList();
        PrintWriter o = spec.commandLine().getOut();

        boolean holdsSweep = Files.isRegularFile(dir.resolve(SweepWriter.MANIFEST), LinkOption.NOFOLLOW_LINKS);
        SweepWriter w;
        if (resume && holdsSweep) {
            byte[] there = YamlDocument.readBounded(dir.resolve(SweepWriter.MANIFEST));
            if (!Arrays.equals(there, manifest)) {
                boolean replaceable = SweepJournal.OWNER.problem(dir) == null;
                throw new UsageException(dir + " holds a different sweep (" + SweepManifest.firstDifference(there, manifest)
                        + "); resume with the same sweep file, scenario, code and --shard, or start afresh "
                        + (replaceable ? "with --force or " : "") + "in another directory (--out)");
            }
            SweepJournal.State st = SweepJournal.verify(dir, false); // every line and the finished part, before anything changes
            if (st.last().complete()) {
                o.println("sweep in " + dir + " is already complete (" + (end - first) + " points); nothing to do");
                o.flush();
                return 0;
            }
            w = SweepWriter.open(dir, st, metrics);
            o.println("resuming at point " + w.next() + " of " + first + ".." + (end - 1));
        } else {
            if (resume && OutputDir.nonEmpty(dir)) {
                throw new UsageException(dir + " holds no sweep to resume; choose another --out");
            }
            if (!force && holdsSweep && SweepJournal.OWNER.problem(dir) == null) {
                byte[] there = YamlDocument.readBounded(dir.resolve(SweepWriter.MANIFEST));
                throw new UsageException(Arrays.equals(there, manifest)
                        ? dir + " already holds this sweep; pass --resume to continue it, --force to start it afresh, or choose another --out"
                        : dir + " already holds another sweep (" + SweepManifest.firstDifference(there, manifest) + "); pass --force to replace it, or choose another --out");
            }
            try (OutputDir od = OutputDir.open(dir, force, SweepJournal.OWNER)) { // refused or unwritable: before any run
                OutputException.guard(dir, () -> {
                    SweepWriter.init(od, manifest, s.parameterNames(), first);
                    return null;
                });
                od.commit();
            }
            w = SweepWriter.open(dir, SweepJournal.verify(dir, false), metrics);
        }
        long total = (long) (end - first) * s.replications();
        long done = (long) (w.next() - first) * s.replications();
        o.printf("sweep %s: %s design, %d points%s x %d replications = %d runs on %d thread(s)%n",
                base, s.design().type(), end - first, sh.whole() ? "" : " (shard " + sh + " of " + s.design().points() + ")",
                s.replications(), total, t);
        o.flush();
        long started = System.nanoTime();
        try (w; Progress bar = Progress.resumed(spec, "sweep", total, done, " runs", quietOption.quiet)) {
            int per = blockPoints != null ? blockPoints : SweepRunner.pointsPerBlock(s.replications());
            SweepRunner.run(s, w.next(), end, t, per, w, bar);
            w.finish();
        }
        double secs = (System.nanoTime() - started) / 1e9;
        o.printf(java.util.Locale.ROOT, "%d runs in %.1f s (%.0f runs/s); results in %s%n", total - done, secs, (total - done) / Math.max(secs, 1e-9), dir);
        o.flush();
        return 0;
    }
}
