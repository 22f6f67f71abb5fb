package org.treatysim.cli;

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
        description = {"Joins the shards of one sweep (`sweep --shard i/N`) into what the unsharded sweep writes.",
                "",
                "Every shard is verified first (its files must match the checksums in its journal). The merged points.csv, "
                        + "results.csv and sweep.json are byte-identical to an unsharded run's."})
public final class MergeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard directories, in any order.")
    List<Path> dirs;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", required = true, description = "Directory for the merged sweep.")
    Path out;

    @Option(names = "--force", description = "Replace a sweep in OUT whose files still match its journal (never anything else).")
    boolean force;

    @Override public Integer call() {
        SweepMerge.Result r = SweepMerge.merge(dirs, out, force);
        spec.commandLine().getOut().println("merged " + r.shards() + " shard(s), " + r.points() + " points, into " + r.dir());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
