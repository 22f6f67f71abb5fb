package org.treatysim.cli;

import org.treatysim.experiment.Scenarios;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;
import org.treatysim.io.YamlDocument;
import org.treatysim.model.decision.Decisions;
import org.treatysim.model.negotiation.BargainingTheories;
import org.treatysim.scenario.ParameterSet;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario and parameter files without running them.",
                "Every file named is checked. Valid files are listed on standard output; for an invalid file its errors "
                        + "are printed on standard error as file:line:column, what was expected and what to do. "
                        + "Exit status 0 if all files are valid, 2 if any is not."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Scenario or parameter files (YAML or JSON).")
    List<Path> files = List.of();

    @Option(names = "--print-schema", description = "Print the JSON Schema of scenario files (schemas/scenario.schema.json) and exit.")
    boolean printSchema;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (printSchema) {
            out.print(ScenarioSchema.text(BargainingTheories.names(), Decisions.catalogue()));
            out.flush();
            return Cli.EXIT_OK;
        }
        if (files.isEmpty()) throw new UsageException("name at least one file, e.g. `treatysim validate scenarios/*.yaml`");
        int bad = 0;
        for (Path f : files) {
            try {
                out.println("ok     " + f + "  " + check(f));
            } catch (ScenarioException e) {
                bad++;
                err.println(e.getMessage());
            }
        }
        (bad == 0 ? out : err).printf(Locale.ROOT, "%d file(s) checked, %d with errors%n", files.size(), bad);
        out.flush();
        err.flush();
        return bad == 0 ? Cli.EXIT_OK : Cli.EXIT_USAGE;
    }

    /** Checks one file; returns a one-line description of it, or throws its errors. */
    static String check(Path f) {
        YamlDocument doc = YamlDocument.load(f);
        if (doc.root().isObject() && "treatysim/parameters-1".equals(doc.root().path("schema").asText())) {
            ParameterSet p = ParameterSet.load(f);
            return "parameter file, " + p.names().size() + " parameters";
        }
        Scenario s = Scenarios.load(f);
        StringBuilder sb = new StringBuilder();
        sb.append("scenario '").append(s.name()).append("', ").append(s.start()).append(" to ").append(s.end())
                .append(", ").append(s.events().size()).append(" events");
        if (s.lineage().size() > 1) {
            sb.append(", extends ");
            for (int i = 1; i < s.lineage().size(); i++) {
                if (i > 1) sb.append(" <- ");
                sb.append(s.lineage().get(i).getFileName());
            }
        }
        if (!s.overrideRationales().isEmpty()) sb.append(", ").append(s.overrideRationales().size()).append(" parameter override(s)");
        return sb.toString();
    }
}
