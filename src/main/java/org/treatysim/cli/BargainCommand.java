package org.treatysim.cli;

import org.treatysim.analysis.bargain.ActorsCsv;
import org.treatysim.model.ExpectedUtilityModel;
import org.treatysim.output.CsvTable;
import org.treatysim.output.OutputDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bargain", mixinStandardHelpOptions = true,
        description = {"Runs a bargaining model on its own, on any issue.",
                "%nReads ACTORS.csv with header actor,capability,position,salience (salience in [0,1]; a 0-100 column is divided by 100, with a note), prints the rounds and writes rounds.csv (round,median,mean; round 0 = the input) and positions.csv (round,actor,position). Median and mean are weighted by capability x salience."})
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

    @Option(names = "--out", paramLabel = "DIR", description = "Write rounds.csv and positions.csv into DIR (default: print only).")
    Path out;

    @Option(names = "--force", description = "Replace an existing output directory.")
    boolean force;

    @Override public Integer call() {
        if (!theory.equals("expected-utility")) {
            throw new IllegalArgumentException("--theory " + theory + " is not available here; `bargain` runs expected-utility "
                    + "(the nash theory needs disagreement points, which an actors table does not carry)");
        }
        if (rounds < 0 || rounds > 10_000) throw new IllegalArgumentException("--rounds must be between 0 and 10000, got " + rounds);
        if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("--q must lie in [0, 1], got " + q);
        if (out != null) OutputDir.check(out.toAbsolutePath().normalize(), force);
        ActorsCsv.Result in = ActorsCsv.read(actorsFile);
        if (!in.note().isEmpty()) {
            spec.commandLine().getErr().println(in.note());
            spec.commandLine().getErr().flush();
        }
        ExpectedUtilityModel m = new ExpectedUtilityModel(in.actors(), q);
        List<ExpectedUtilityModel.Round> rs = m.run(rounds);
        PrintWriter o = spec.commandLine().getOut();
        o.print(table(m.names(), rs));
        if (out != null) {
            Path dir = write(out, force, m.names(), rs);
            o.println("results in " + dir);
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

    static Path write(Path target, boolean force, String[] names, List<ExpectedUtilityModel.Round> rs) {
        try (OutputDir dir = OutputDir.open(target, force)) {
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
            dir.commit();
            return dir.target();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
