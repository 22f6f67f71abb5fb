package org.treatysim.hardening;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.Scenarios;
import org.treatysim.experiment.SweepSpec;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.YamlDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented YAML limits hold, and errors point the right way: problems with a file that {@code extends:} or
 * {@code parameters_file:} names are reported at the referencing file:line:column, and no error quotes a file that
 * lies outside the scenario's folder.
 */
class ErrorsPointTheRightWayTest {
    @TempDir Path dir;
    Path scen;

    @BeforeEach void copyInputs() throws IOException {
        scen = Files.createDirectories(dir.resolve("scen"));
        Files.copy(Path.of("scenarios/baseline.yaml"), scen.resolve("baseline.yaml"));
        Files.copy(Path.of("scenarios/parameters.yaml"), scen.resolve("parameters.yaml"));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(scen.resolve(name), text);
    }

    private static ScenarioException refused(Path f) {
        return assertThrows(ScenarioException.class, () -> Scenarios.load(f));
    }

    private static void at(ScenarioException e, Path f, int line, int col) {
        assertEquals(f + ":" + line + ":" + col, e.file() + ":" + e.line() + ":" + e.column(), e.getMessage());
    }

    // ---------------------------------------------------------------- YAML limits

    @Test void aFileHoldsOneYamlDocument() throws IOException {
        Path f = file("two.yaml", "name: w\nextends: baseline.yaml\n---\nname: other\n");
        ScenarioException e = refused(f);
        at(e, f, 4, 1);
        assertTrue(e.problem().contains("a second YAML document"), e.getMessage());
    }

    @Test void textsLongerThanTheLimitAreRefusedWhereTheyStart() throws IOException {
        Path f = file("long.yaml", "name: w\nextends: baseline.yaml\ndescription: \"" + "x".repeat(YamlDocument.MAX_STRING + 1) + "\"\n");
        ScenarioException e = refused(f);
        at(e, f, 3, 14);
        assertTrue(e.problem().contains("at most " + YamlDocument.MAX_STRING), e.getMessage());
    }

    @Test void titlesAreOneLine() throws IOException {
        Path f = file("t.yaml", "name: w\nextends: baseline.yaml\ntitle: |\n  first line\n  second line\n");
        ScenarioException e = refused(f);
        at(e, f, 3, 8);
        assertTrue(e.problem().contains("one line"), e.getMessage());
        Path g = file("t2.yaml", "name: w\nextends: baseline.yaml\ntitle: \"" + "t".repeat(201) + "\"\n");
        assertTrue(refused(g).problem().contains("at most 200"));
        Path s = file("s.yaml", "title: \"a\\nb\"\nscenario: baseline.yaml\ndesign: {type: lhs, n: 2}\nparameters:\n  negotiation.h_max:\nmetrics: [p_treaty_by:2025-12]\n");
        ScenarioException se = assertThrows(ScenarioException.class, () -> SweepSpec.load(s));
        at(se, s, 1, 8);
    }

    // ---------------------------------------------------------------- references

    @Test void aBadReferencedFileIsReportedAtTheReference() throws IOException {
        Files.createDirectories(scen.resolve("adir.yaml"));
        Path f = file("w.yaml", "name: w\nextends: adir.yaml\n");
        ScenarioException e = refused(f);
        at(e, f, 2, 10);
        assertTrue(e.problem().contains("extends names " + scen.resolve("adir.yaml") + ", which cannot be used: is a directory"), e.getMessage());
        if (Files.exists(Path.of("/dev/zero"))) {
            Path g = file("z.yaml", "name: z\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: /dev/zero\n");
            ScenarioException ez = refused(g);
            at(ez, g, 3, 18);
            assertTrue(ez.problem().contains("is not a regular file"), ez.getMessage());
        }
    }

    @Test void anErrorInsideAnExtendedFileSaysWhichReferenceLedThere() throws IOException {
        file("parent.yaml", "name: parent\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: parameters.yaml\nbogus: 1\n");
        Path f = file("child.yaml", "name: child\nextends: parent.yaml\n");
        ScenarioException e = refused(f);
        at(e, scen.resolve("parent.yaml"), 4, 1);
        assertTrue(e.hint().contains("read through extends: at " + f + ":2:10"), e.getMessage());
    }

    @Test void filesOutsideTheScenarioFolderAreNeverQuoted() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "root:x:0:0:hunter2-SECRET:/root:/bin/bash\nalso: SECRET-LINE-2\n");
        Path f = file("w.yaml", "name: w\nextends: ../secret.yaml\n");
        ScenarioException e = refused(f);
        at(e, f, 2, 10);
        assertFalse(e.getMessage().contains("SECRET") || e.getMessage().contains("hunter2") || e.getMessage().contains("root:x"), e.getMessage());
        assertTrue(e.problem().contains("outside the scenario's folder"), e.getMessage());
        assertTrue(e.hint().contains("validate " + secret), e.getMessage());
        Path g = file("p.yaml", "name: p\nspan: {start: 1956-01, end: 1957-01}\nparameters_file: ../secret.yaml\n");
        ScenarioException ep = refused(g);
        at(ep, g, 3, 18);
        assertFalse(ep.getMessage().contains("SECRET") || ep.getMessage().contains("hunter2"), ep.getMessage());
        // A file inside the folder is quoted as usual, so its owner sees what is wrong.
        Files.writeString(scen.resolve("inside.yaml"), "root:x:0:0:visible:/root\n");
        Path h = file("h.yaml", "name: h\nextends: inside.yaml\n");
        assertTrue(refused(h).getMessage().contains("visible"));
    }
}
