package org.treatysim.output;

import org.junit.jupiter.api.Test;
import org.treatysim.experiment.Scenarios;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/decisions.md is what `treatysim decisions --markdown` prints for the shipped parameters, so the docs follow the code. */
class DecisionCatalogueTest {
    static final Scenario BASE = Scenarios.load(Path.of("scenarios/baseline.yaml"));

    @Test void theCheckedInCatalogueIsTheGeneratedOne() throws Exception {
        String md = DecisionCatalogue.markdown(BASE.parameters());
        assertEquals(md, Files.readString(Path.of("docs/decisions.md")),
                "docs/decisions.md is stale: regenerate it with `./treatysim decisions --markdown > docs/decisions.md`");
        assertFalse(md.contains("missing from the parameter file"), "every coefficient a rule reads is in the parameter file");
    }

    @Test void everyRuleHasASectionWithItsOptionsAndEveryCoefficient() {
        String md = DecisionCatalogue.markdown(BASE.parameters());
        for (DecisionRule r : Decisions.create()) {
            int at = md.indexOf("\n## " + r.id() + "\n");
            assertTrue(at >= 0, r.id());
            int end = md.indexOf("\n## ", at + 4);
            String section = md.substring(at, end < 0 ? md.length() : end);
            for (String o : r.options()) assertTrue(section.contains("`" + o + "` ("), r.id() + " option " + o);
            for (String p : r.parameters()) assertTrue(section.contains("| `" + p + "` | "), r.id() + " coefficient " + p);
        }
    }
}
