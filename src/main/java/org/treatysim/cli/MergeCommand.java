package org.treatysim.cli;

import org.treatysim.output.RunMerge;
import org.treatysim.output.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Joins the shards of one sweep (`sweep --shard i/N`) or of one run (`run --shard i/N`) into what the "
                + "unsharded command writes.",
                "",
                "Every shard is verified first (its files must match the checksums in its journal or manifest, and all N shards of "
                        + "the same sweep or run must be there once). A sweep's merged points.csv, results.csv and sweep.json, and a run's "
                        + "trajectory.csv, runs.csv, decisions.csv, summary.json and charts, are byte-identical to an unsharded run's. "
                        + "See docs/cluster.md."})
public final class MergeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard directories, in any order.")
    List<Path> dirs;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", required = true, description = "Directory for the merged sweep or run.")
    Path out;

    @Option(names = "--force", description = "Replace merged results in OUT that this command wrote and nobody changed since (never anything else).")
    boolean force;

    @Override public Integer call() {
        if (RunMerge.looksLikeRun(dirs.get(0))) {
            List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
            RunMerge.Result r = RunMerge.merge(dirs, out, force, args);
            spec.commandLine().getOut().println("merged " + r.shards() + " shard(s) of a run, " + r.replications() + " replications, into " + r.dir());
        } else {
            SweepMerge.Result r = SweepMerge.merge(dirs, out, force);
            spec.commandLine().getOut().println("merged " + r.shards() + " shard(s), " + r.points() + " points, into " + r.dir());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
