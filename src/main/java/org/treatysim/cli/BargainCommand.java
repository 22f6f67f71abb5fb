package org.treatysim.cli;

import org.treatysim.analysis.bargain.ActorsCsv;
import org.treatysim.analysis.bargain.Bargain;
import org.treatysim.io.CsvTable;
import org.treatysim.io.UsageException;
import org.treatysim.model.ExpectedUtilityModel;
import org.treatysim.output.Manifest;
import org.treatysim.output.OutputDir;
import org.treatysim.output.OutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bargain", mixinStandardHelpOptions = true,
        description = {"Runs a bargaining model on its own, on any issue.",
                "%nReads ACTORS.csv with header actor,capability,position,salience (salience in [0,1]; a 0-100 column is divided by 100, with a note), prints the rounds and writes rounds.csv (round,median,mean; round 0 = the input), positions.csv (round,actor,position) and manifest.json. Median and mean are weighted by capability x salience. "
                        + "At most " + Bargain.MAX_ACTORS + " actors; the time a round takes grows with the cube of their number, so long runs show their progress and runs that could not finish within about a quarter of an hour are refused."})
public final class BargainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--theory", paramLabel = "NAME", defaultValue = "expected-utility",
            description = "Bargaining model: expected-utility (Bueno de Mesquita as reconstructed by Scholz, Calbert & Smith 2011) (default: ${DEFAULT-VALUE}).")
    String theory;

    @Parameters(index = "0", paramLabel = "ACTORS.csv", description = "The actors table.")
    Path actorsFile;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "8", description = "Rounds to run (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--q", paramLabel = "Q", defaultValue = "1.0",
            description = "Probability that the status quo holds if an actor does not challenge (Scholz et al. use 1.0; default: ${DEFAULT-VALUE}).")
    double q;

    @Option(names = "--out", paramLabel = "DIR", description = "Write rounds.csv, positions.csv and manifest.json into DIR (default: print only).")
    Path out;

    @Option(names = "--force", description = "Replace results that `bargain` wrote in DIR and nobody changed since (never anything else).")
    boolean force;

    @Option(names = "--quiet", description = "No progress bar on long runs.")
    boolean quiet;

    /** Results directories of `bargain`. */
    static final OutputDir.Owner OWNER = OutputDir.Owner.results("bargain");

    @Override public Integer call() {
        if (!theory.equals("expected-utility")) {
            throw new UsageException("--theory " + theory + " is not available here; `bargain` runs expected-utility "
                    + "(the nash theory needs disagreement points, which an actors table does not carry)");
        }
        if (rounds < 0 || rounds > 10_000) throw new UsageException("--rounds must be between 0 and 10000, got " + rounds);
        if (!(q >= 0 && q <= 1)) throw new UsageException("--q must lie in [0, 1], got " + q);
        ActorsCsv.Result in = ActorsCsv.read(actorsFile);
        Bargain.check(in.actors().size(), rounds);
        PrintWriter err = spec.commandLine().getErr();
        if (!in.note().isEmpty()) {
            err.println(in.note());
            err.flush();
        }
        PrintWriter o = spec.commandLine().getOut();
        try (OutputDir dir = out == null ? null : OutputDir.open(out, force, OWNER)) { // refused or unwritable: before the rounds
            Instant started = Instant.now();
            ExpectedUtilityModel m = new ExpectedUtilityModel(in.actors(), q);
            boolean longRun = Bargain.work(in.actors().size(), rounds) >= Bargain.LONG_WORK;
            List<ExpectedUtilityModel.Round> rs;
            try (Progress p = Progress.start(err, "bargain", rounds, quiet || !longRun)) {
                rs = Bargain.run(m, rounds, p);
            }
            o.print(table(m.names(), rs));
            if (dir != null) {
                Map<String, Object> manifest = Manifest.common("bargain", spec.commandLine().getParseResult().originalArgs(),
                        actorsFile.toAbsolutePath().normalize().getParent());
                manifest.put("actors_file", actorsFile.toAbsolutePath().normalize().toString());
                manifest.put("actors_sha256", OutputException.guard(dir.target(), () -> org.treatysim.io.Sha256.of(actorsFile)));
                manifest.put("theory", theory);
                manifest.put("rounds", rounds);
                manifest.put("q", q);
                Manifest.platform(manifest, started, Instant.now());
                write(dir, m.names(), rs);
                dir.commit(manifest);
                o.println("results in " + dir.target());
            }
        }
        o.flush();
        return 0;
    }

    static String table(String[] names, List<ExpectedUtilityModel.Round> rs) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%5s  %9s  %9s", "round", "median", "mean"));
        for (String n : names) sb.append(String.format(Locale.ROOT, "  %11s", n.length() > 11 ? n.substring(0, 11) : n));
        sb.append('\n');
        for (ExpectedUtilityModel.Round r : rs) {
            sb.append(String.format(Locale.ROOT, "%5d  %9.4f  %9.4f", r.round(), r.median(), r.mean()));
            for (double p : r.positions()) sb.append(String.format(Locale.ROOT, "  %11.4f", p));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void write(OutputDir dir, String[] names, List<ExpectedUtilityModel.Round> rs) {
        OutputException.guard(dir.target(), () -> {
            try (Writer w = Files.newBufferedWriter(dir.file("rounds.csv"), StandardCharsets.UTF_8);
                 CsvTable t = new CsvTable(w, List.of("round", "median", "mean"))) {
                for (ExpectedUtilityModel.Round r : rs) t.row(r.round(), r.median(), r.mean());
            }
            try (Writer w = Files.newBufferedWriter(dir.file("positions.csv"), StandardCharsets.UTF_8);
                 CsvTable t = new CsvTable(w, List.of("round", "actor", "position"))) {
                for (ExpectedUtilityModel.Round r : rs) {
                    for (int k = 0; k < names.length; k++) t.row(r.round(), names[k], r.positions()[k]);
                }
            }
            return null;
        });
    }
}
