package org.treatysim.cli;

import org.treatysim.output.SensitivityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Sobol S1/ST or Morris mu*/sigma of a finished sweep, with bootstrap intervals and charts.",
                "",
                "Sobol first- and total-order indices (sobol designs; Saltelli 2010, Jansen 1999) or Morris mu* and sigma "
                        + "(morris designs; Campolongo 2007), each with a 95%% bootstrap confidence interval. Writes sensitivity.csv "
                        + "and one bar chart (PNG, SVG) per metric."})
public final class SensitivityCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep's output directory (merged, if it was sharded).")
    Path dir;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", description = "Output directory (default: DIR/sensitivity/).")
    Path out;

    @Option(names = "--force", description = "Replace an existing OUT.")
    boolean force;

    @Override public Integer call() {
        SensitivityReport.Report rep = SensitivityReport.compute(dir);
        Path target = out != null ? out : dir.resolve("sensitivity");
        List<Path> files = SensitivityReport.write(rep, target, force);
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
