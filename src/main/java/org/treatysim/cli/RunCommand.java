package org.treatysim.cli;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.RunMerge;
import org.treatysim.output.RunReport;
import org.treatysim.scenario.Posterior;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Replays a scenario month by month with Monte Carlo replications and writes",
                "trajectory.csv, runs.csv, decisions.csv, summary.json, manifest.json, the treaty-likelihood and blocking charts (PNG, SVG)",
                "and report.html (one self-contained page with figures, chart, events, parameters and the command).",
                "Memory does not grow with the replications; --shard i/N runs a slice for a cluster (join the slices with `merge`)."})
public final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ScenarioArgument scenario;

    @Mixin RunOptions opts;

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Run only slice i of N of the replications (1 <= i <= N), e.g. --shard $SLURM_ARRAY_TASK_ID/16, and write its "
                    + "runs.csv, decisions.csv and mergeable statistics (run-state.bin); join the N shards with `treatysim merge`. "
                    + "Default output: results/<scenario-name>-shard-i-of-N/.")
    String shard;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "Draw the parameters of a posterior sample (the posterior.csv of `calibrate --method abc`) from it: each replication "
                    + "takes the values of one particle, picked by weight; the other parameters are drawn from their ranges as usual. "
                    + "The bands then include the parameter uncertainty the calibration left open.")
    Path posterior;

    @Override public Integer call() {
        int reps = opts.replications();
        int threads = opts.threads();
        SweepSpec.Shard sh = shard == null ? SweepSpec.Shard.ALL : SweepSpec.Shard.parse(shard);
        Scenario loaded = Scenarios.load(scenario.file);
        Scenario s = posterior == null ? loaded : loaded.withPosterior(Posterior.load(posterior, loaded.parameters()));
        Path out = opts.out != null ? opts.out : Path.of("results", sh.whole() && shard == null ? s.name() : s.name() + "-shard-" + sh.index() + "-of-" + sh.count());
        List<String> args = List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0]));
        PrintWriter o = spec.commandLine().getOut();
        MonteCarlo.Config cfg = new MonteCarlo.Config(reps, opts.seed, threads, true);
        if (shard != null) {
            MonteCarlo.Config slice = cfg.slice(sh.first(reps), sh.end(reps));
            Path dir;
            try (OutputDir od = OutputDir.open(out, opts.force, RunReport.OWNER);
                 Progress p = Progress.start(spec, "run " + s.name() + " shard " + sh, slice.count(), opts.quiet())) {
                Instant started = Instant.now();
                dir = RunReport.runShard(od, s, slice, p, t -> Manifest.build("run", args, s, reps, opts.seed, threads, started, Instant.now(),
                        RunMerge.shardEntry(sh, slice)));
            }
            o.printf("shard %s of %s: replications %d to %d of %d, seed %d; results in %s%n", sh, s.name(), slice.from(), slice.to() - 1, reps, opts.seed, dir);
            o.println("join all " + sh.count() + " shards with: treatysim merge DIR... --out DIR");
            o.flush();
            return 0;
        }
        RunReport.Finished f;
        try (OutputDir od = OutputDir.open(out, opts.force, RunReport.OWNER); // refused or unwritable: before the run
             Progress p = Progress.start(spec, "run " + s.name(), reps, opts.quiet())) {
            Instant started = Instant.now();
            f = RunReport.runAndWrite(od, s, cfg, p, t -> Manifest.build("run", args, s, reps, opts.seed, threads, started, Instant.now(), null));
        }
        o.print(RunReport.text(f.summary()));
        o.println("results in " + f.dir());
        o.flush();
        return 0;
    }
}
