package org.treatysim.experiment;

import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;
import org.treatysim.model.decision.Decisions;
import org.treatysim.model.negotiation.BargainingTheories;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads a scenario for running: the model's theories and decision rules are known (events' {@code decision:} tags
 * and interventions are checked against them), and the parameter file must hold every parameter the model reads.
 */
public final class Scenarios {
    private Scenarios() {}

    public static ScenarioLoader loader() {
        return new ScenarioLoader(BargainingTheories.catalogue(), Decisions.catalogue());
    }

    public static Scenario load(Path file) {
        return complete(loader().load(file));
    }

    /**
     * Loads scenario text as the file {@code fileName} of the folder {@code dir}; the files it names must be files of
     * that folder (see {@link ScenarioLoader#loadText}).
     */
    public static Scenario loadText(Path dir, String fileName, byte[] text) {
        return complete(loader().loadText(dir, fileName, text));
    }

    /**
     * The scenario under another bargaining theory (a command's {@code --theory}), checked before anything runs: the
     * theory must be known and the scenario's parameter file must declare every parameter the model then reads.
     */
    public static Scenario withTheory(Scenario s, String theory) {
        if (!BargainingTheories.names().contains(theory)) {
            throw new UsageException("unknown --theory " + theory + "; known: " + String.join(", ", BargainingTheories.names()));
        }
        Scenario t = s.withBargaining(theory);
        List<String> missing = MonteCarlo.missingParameters(t);
        if (!missing.isEmpty()) {
            throw new UsageException("--theory " + theory + " reads " + missing.size() + " parameter(s) that " + s.parametersFile() + " lacks: "
                    + String.join(", ", missing) + "; declare each with value, unit, range, basis and source");
        }
        return t;
    }

    private static Scenario complete(Scenario s) {
        List<String> missing = MonteCarlo.missingParameters(s);
        if (!missing.isEmpty()) {
            throw new ScenarioException(s.parametersFile(), 1, 1,
                    "the parameter file lacks " + missing.size() + " parameter(s) the model needs: " + String.join(", ", missing),
                    "declare each with value, unit, range, basis and source");
        }
        return s;
    }
}
