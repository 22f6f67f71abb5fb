package org.treatysim.cli;

import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.SensitivityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Sobol S1/ST or Morris mu*/sigma of a finished sweep, with bootstrap intervals and charts.",
                "",
                "Sobol first- and total-order indices (sobol designs; Saltelli 2010, Jansen 1999) or Morris mu* and sigma "
                        + "(morris designs; Campolongo 2007), each with a 95%% bootstrap confidence interval. The sweep is verified "
                        + "first (its files must match the checksums in its journal). Writes sensitivity.csv, one bar chart "
                        + "(PNG, SVG) per metric, and manifest.json with the checksums of the sweep it used."})
public final class SensitivityCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep's output directory (merged, if it was sharded).")
    Path dir;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Output directory (default: DIR/sensitivity/).")
    Path out;

    @Option(names = "--force", description = "Replace results that `sensitivity` wrote in OUT and nobody changed since (never anything else).")
    boolean force;

    @Override public Integer call() {
        Path target = out != null ? out : dir.resolve("sensitivity");
        List<Path> files;
        SensitivityReport.Report rep;
        try (OutputDir o = OutputDir.open(target, force, SensitivityReport.OWNER)) {
            Instant started = Instant.now();
            rep = SensitivityReport.compute(dir);
            Map<String, Object> manifest = Manifest.platform(Manifest.common("sensitivity", spec.commandLine().getParseResult().originalArgs(),
                    dir.toAbsolutePath().normalize()), started, Instant.now());
            files = SensitivityReport.write(rep, o, manifest);
        }
        var o = spec.commandLine().getOut();
        o.println(rep.method() + " indices of " + rep.metrics().size() + " metric(s) x " + rep.parameters().size() + " parameter(s) from "
                + rep.samples() + (rep.method().equals("sobol") ? " base samples" : " trajectories"));
        for (Path f : files) o.println("  " + f);
        for (String m : rep.metrics()) {
            SensitivityReport.Verdict v = SensitivityReport.verdict(rep, m);
            if (v.kind() != SensitivityReport.Verdict.Kind.SHOWN) o.println("note: " + v.message());
        }
        o.flush();
        return 0;
    }
}
