package org.treatysim.cli;

import org.treatysim.experiment.MonteCarlo;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.UsageException;
import org.treatysim.output.ComparisonFiles;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares what-if scenarios with a base scenario on common random numbers.",
                "Replication i of every scenario uses the same seeds, so differences come from the scenarios, not from noise. "
                        + "Writes comparison.csv, states.csv, comparison.png/.svg, summary.json and manifest.json: the trajectories, each "
                        + "what-if's paired difference from the base with its 95%% confidence interval, and every state variable "
                        + "month by month (to see why a what-if changes the outcome, or does not). "
                        + "Default output: results/compare-<base>-vs-<what-ifs>/. See docs/scenarios.md."})
public final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The base scenario, e.g. scenarios/baseline.yaml.")
    Path baseFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "WHATIF", description = "One or more what-if scenarios.")
    List<Path> whatifFiles;

    @Option(names = "--dates", split = ",", paramLabel = "YYYY-MM",
            description = "Dates for P(treaty by date) in summary.json and the table (default: for each what-if the month where its "
                    + "paired difference from the base first reaches 90%% of its largest, and the base's last month).")
    List<String> dateArgs;

    @Mixin RunOptions opts;

    @Override public Integer call() {
        int reps = opts.replications();
        int threads = opts.threads();
        // Load and check everything before running anything: a bad file must not cost a long run.
        Scenario base = Scenarios.load(baseFile);
        List<Scenario> whatifs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        names.add(base.name());
        for (Path f : whatifFiles) {
            Scenario s = Scenarios.load(f);
            if (!names.add(s.name())) {
                throw new UsageException("two scenarios are named '" + s.name() + "' (" + f + "); give each what-if its own name: field");
            }
            whatifs.add(s);
        }
        List<YearMonth> dates = dates(base); // empty: chosen after the runs, where the differences are largest
        Path out = opts.out != null ? opts.out : Path.of("results", defaultDirName(base, whatifs));
        Path dir;
        List<ComparisonFiles.Arm> arms = new ArrayList<>();
        try (OutputDir o = OutputDir.open(out, opts.force, ComparisonFiles.OWNER)) { // refused or unwritable: before the runs
            Instant started = Instant.now();
            MonteCarlo.Config cfg = new MonteCarlo.Config(reps, opts.seed, threads, true);
            List<Scenario> all = new ArrayList<>();
            all.add(base);
            all.addAll(whatifs);
            try (Progress p = Progress.start(spec, "compare " + all.size() + " scenarios", (long) reps * all.size(), opts.quiet())) {
                arms.addAll(ComparisonFiles.run(all, cfg, p));
            }
            if (dates.isEmpty()) dates = ComparisonFiles.defaultDates(arms);
            Map<String, Object> extra = ComparisonFiles.manifestExtra(whatifs, dates);
            Map<String, Object> manifest = Manifest.build("compare", List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0])),
                    base, reps, opts.seed, threads, started, Instant.now(), extra);
            dir = ComparisonFiles.write(o, arms, dates, manifest);
        }
        spec.commandLine().getOut().print(ComparisonFiles.text(arms, dates));
        spec.commandLine().getOut().println("results in " + dir);
        spec.commandLine().getOut().flush();
        return Cli.EXIT_OK;
    }

    List<YearMonth> dates(Scenario base) {
        List<YearMonth> out = new ArrayList<>();
        if (dateArgs == null || dateArgs.isEmpty()) return out;
        for (String s : dateArgs) {
            try {
                if (!s.matches("\\d{4}-\\d{2}")) throw new DateTimeParseException("", s, 0);
                YearMonth d = YearMonth.parse(s);
                if (!out.contains(d)) out.add(d);
            } catch (DateTimeParseException e) {
                throw new UsageException("--dates: '" + s + "' is not a month; write months as YYYY-MM separated by commas, e.g. --dates 1957-12,2001-12,2025-12");
            }
        }
        return out;
    }

    static String defaultDirName(Scenario base, List<Scenario> whatifs) {
        StringBuilder sb = new StringBuilder("compare-").append(base.name()).append("-vs");
        for (Scenario w : whatifs) sb.append('-').append(w.name());
        return sb.length() <= 120 ? sb.toString() : "compare-" + base.name() + "-vs-" + whatifs.size() + "-whatifs";
    }
}
