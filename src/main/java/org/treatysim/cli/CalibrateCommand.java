package org.treatysim.cli;

import org.treatysim.analysis.calibration.AbcSmc;
import org.treatysim.analysis.calibration.Calibrator;
import org.treatysim.analysis.facts.Evaluation;
import org.treatysim.analysis.facts.Fact;
import org.treatysim.analysis.facts.FactsFile;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;
import org.treatysim.output.CalibrationReport;
import org.treatysim.output.EvaluationReport;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.OutputException;
import org.treatysim.output.RunFiles;
import org.treatysim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits the free parameters to the documented history.",
                "%nFits the parameters with basis calibrated (or those named with --param) to the targets: poll and trade series as squared errors, stylized facts as hinge penalties. Commons Math CMA-ES or BOBYQA, several starts, within each parameter's prior range (its plausible range if it has none), on common random numbers, with the parameter draws a run makes (--no-draws: at the point). Writes calibrated.yaml (a scenario overlay with the fitted values and their provenance), calibration.json (fit statistics, targets, weights, seed, optimizer settings, and the hold-out's facts scored at the fit) and manifest.json.",
                "%nWith --method abc: approximate Bayesian computation (ABC-SMC) over the prior ranges, with the same distance; writes posterior.csv (the weighted posterior sample), calibrated.yaml (posterior medians and 90% intervals) and calibration.json (generations, tolerances, posterior summaries). `run --posterior posterior.csv` replays with parameter sets drawn from it."})
public final class CalibrateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ScenarioArgument scenario;

    @Option(names = "--targets", paramLabel = "FILE", defaultValue = "facts/stylized-facts.yaml", description = "Targets (default: ${DEFAULT-VALUE}).")
    Path targetsFile;

    @Mixin HoldoutOption holdout = new HoldoutOption();

    @Option(names = "--draws", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Draw every parameter per replication as a run does, the fitted ones within --spread of the candidate (default: ${DEFAULT-VALUE}); --no-draws fits at the point.")
    boolean draws;

    @Option(names = "--spread", paramLabel = "F", defaultValue = "0.05",
            description = "The fitted parameters' uncertainty written into their range, as a share of the prior range either side (default: ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--param", paramLabel = "NAME", description = "Parameter to fit (repeatable; default: those with basis calibrated that the scenario's theory reads).")
    List<String> names;

    @Option(names = "--theory", paramLabel = "NAME", description = "Bargaining theory instead of the scenario's.")
    String theory;

    @Option(names = "--method", paramLabel = "M", defaultValue = "cmaes",
            description = "cmaes or bobyqa (a best fit), or abc (a posterior sample by ABC-SMC; --evals is then its whole budget) (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--population", paramLabel = "P", defaultValue = "100", description = "abc: particles per generation (default: ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--generations", paramLabel = "G", defaultValue = "5", description = "abc: generations, the prior's included (default: ${DEFAULT-VALUE}).")
    int generations;

    @Option(names = "--quantile", paramLabel = "Q", defaultValue = "0.5",
            description = "abc: each generation's tolerance is this quantile of the previous generation's distances (default: ${DEFAULT-VALUE}).")
    double quantile;

    @Option(names = "--starts", paramLabel = "K", defaultValue = "3", description = "Starts (default: ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--evals", paramLabel = "N", defaultValue = "60", description = "Objective evaluations per start; for abc, in all (default: ${DEFAULT-VALUE}).")
    int evals;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "100", description = "Replications per evaluation (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1", description = "Master seed: the common random numbers of every evaluation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: results/<scenario-name>-calibration/).")
    Path out;

    @Option(names = "--force", description = "Replace results that `calibrate` wrote in DIR and nobody changed since (never anything else).")
    boolean force;

    @Mixin QuietOption quietOption = new QuietOption();

    /** Bounds on the work of one calibration: starts, evaluations per start, and model runs in all. */
    static final int MAX_STARTS = 1000, MAX_EVALS = 100_000;
    static final double MAX_RUNS = 2e9;

    /** Results directories of `calibrate`. */
    static final OutputDir.Owner OWNER = OutputDir.Owner.results("calibrate");

    @Override public Integer call() {
        boolean abc = method.equalsIgnoreCase("abc");
        Calibrator.Method m = switch (method.toLowerCase(Locale.ROOT)) {
            case "cmaes", "cma-es", "abc" -> Calibrator.Method.CMAES; // abc uses the calibrator's distance, not its optimizer
            case "bobyqa" -> Calibrator.Method.BOBYQA;
            default -> throw new UsageException("--method must be cmaes, bobyqa or abc, got " + method);
        };
        if (replications < 1 || replications > 100_000) throw new UsageException("-n must be between 1 and 100000, got " + replications);
        if (starts < 1 || starts > MAX_STARTS) throw new UsageException("--starts must be between 1 and " + MAX_STARTS + ", got " + starts);
        if (evals < 4 || evals > MAX_EVALS) throw new UsageException("--evals must be between 4 and " + MAX_EVALS + ", got " + evals);
        if ((double) starts * evals * replications > MAX_RUNS) {
            throw new UsageException("--starts " + starts + " x --evals " + evals + " x -n " + replications + " = " + (long) starts * evals * replications
                    + " model runs; at most " + (long) MAX_RUNS + " are accepted (days of computing); use fewer starts, evaluations or replications");
        }
        int t = threads.threads();
        Scenario s = Scenarios.load(scenario.file);
        if (theory != null) s = Scenarios.withTheory(s, theory);
        FactsFile.Loaded loaded = FactsFile.read(targetsFile);
        java.time.YearMonth hold = holdout.month();
        List<Fact> targets = Evaluation.select(loaded.facts(), s, hold, Evaluation.Period.FIT);
        if (targets.isEmpty()) throw new UsageException("no fit-role facts of " + targetsFile + " lie wholly before the hold-out " + holdout.text + "; choose a later --holdout");
        List<Fact> holdoutFacts = Evaluation.select(loaded.facts(), s, hold, Evaluation.Period.HOLDOUT);
        List<String> ps = names == null || names.isEmpty() ? Calibrator.defaultParameters(s) : names;
        Calibrator.Settings set;
        Calibrator c;
        AbcSmc.Settings abcSet = null;
        try {
            set = new Calibrator.Settings(m, abc ? 1 : starts, evals, replications, seed, t, draws, spread);
            c = new Calibrator(s, targets, loaded.floor(), ps, set);
            if (abc) abcSet = new AbcSmc.Settings(population, generations, evals, quantile);
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) { // the calibrator checks the settings and parameter names it is given
            throw new UsageException(e.getMessage(), e);
        }
        Path dirPath = out != null ? out : Path.of("results", s.name() + (abc ? "-posterior" : "-calibration"));
        PrintWriter o = spec.commandLine().getOut();
        Scenario fitted = s;
        try (OutputDir dir = OutputDir.open(dirPath, force, OWNER)) { // refused or unwritable: before the fit
            Instant started = Instant.now();
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("targets_file", targetsFile.toAbsolutePath().normalize().toString());
            extra.put("targets_sha256", Sha256.ofInput(targetsFile));
            if (abc) {
                AbcSmc.Result r;
                AbcSmc.Settings a = abcSet;
                try (Progress p = Progress.start(spec, "calibrate --method abc " + s.name(), evals, quietOption.quiet)) {
                    r = new AbcSmc(c, a, seed).run(p);
                }
                List<Evaluation.Row> held = holdoutFacts.isEmpty() ? List.of() : new Calibrator(s, holdoutFacts, loaded.floor(), ps, set).score(r.median());
                o.print(CalibrationReport.abcText(r));
                extra.put("loss", Evaluation.loss(r.rowsAtMedian()));
                Map<String, Object> manifest = Manifest.build("calibrate", spec.commandLine().getParseResult().originalArgs(), s, replications, seed, t,
                        started, Instant.now(), extra);
                OutputException.guard(dir.target(), () -> {
                    CalibrationReport.writePosterior(dir.file("posterior.csv"), r);
                    Files.writeString(dir.file("calibrated.yaml"), CalibrationReport.abcOverlay(fitted, dir.target(), targetsFile, r, a, set), StandardCharsets.UTF_8);
                    Map<String, Object> json = CalibrationReport.abcJson(fitted, targetsFile, a, set, r);
                    json.put("holdout", CalibrationReport.holdout(hold, held));
                    RunFiles.writeJson(dir.file("calibration.json"), json);
                    return null;
                });
                dir.commit(manifest);
                o.println("results in " + dir.target() + " (replay the posterior with ./treatysim run " + scenario.file + " --posterior "
                        + dir.target().resolve("posterior.csv") + ")");
            } else {
                Calibrator.Result r;
                try (Progress p = Progress.start(spec, "calibrate " + s.name(), (long) starts * evals, quietOption.quiet)) {
                    r = c.run(p);
                }
                List<Evaluation.Row> held = holdoutFacts.isEmpty() ? List.of() : new Calibrator(s, holdoutFacts, loaded.floor(), ps, set).score(r.best());
                o.print(CalibrationReport.text(r));
                o.print(EvaluationReport.table(s.name() + " (calibrated)", s.bargaining(), r.rows()));
                if (!held.isEmpty()) {
                    o.printf(Locale.ROOT, "hold-out (%s on, not fitted): loss %s, %d of %d facts met%n", hold, org.treatysim.io.Decimals.format(Evaluation.loss(held)),
                            Evaluation.hits(held), held.size());
                }
                extra.put("loss", Evaluation.loss(r.rows()));
                Map<String, Object> manifest = Manifest.build("calibrate", spec.commandLine().getParseResult().originalArgs(), s, replications, seed, t,
                        started, Instant.now(), extra);
                OutputException.guard(dir.target(), () -> {
                    Files.writeString(dir.file("calibrated.yaml"), CalibrationReport.overlay(fitted, dir.target(), targetsFile, r, set), StandardCharsets.UTF_8);
                    Map<String, Object> json = CalibrationReport.json(fitted, targetsFile, targets, set, r);
                    json.put("holdout", CalibrationReport.holdout(hold, held));
                    RunFiles.writeJson(dir.file("calibration.json"), json);
                    return null;
                });
                dir.commit(manifest);
                o.println("results in " + dir.target() + " (run the fit with ./treatysim run " + dir.target().resolve("calibrated.yaml") + ")");
            }
        }
        o.flush();
        return 0;
    }
}
