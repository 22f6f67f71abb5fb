package org.treatysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.scenario.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateAndScenariosCommandTest {
    @TempDir Path dir;

    static List<Path> shipped() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test void everyShippedFileValidates() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        for (Path p : shipped()) args.add(p.toString());
        CliRunner r = CliRunner.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        for (Path p : shipped()) assertTrue(r.out().contains("ok     " + p + "  "), p + " not reported ok:\n" + r.out());
        assertTrue(r.out().contains("ok     scenarios/parameters.yaml  parameter file, "), r.out());
        assertTrue(r.out().contains(shipped().size() + " file(s) checked, 0 with errors"), r.out());
    }

    @Test void validateReportsTheErrorOfEveryBadFileAndExits2() {
        Fixtures.base(dir);
        Path a = Fixtures.write(dir, "a.yaml", "name: a\nextends: base.yaml\nremove_events: [z-none]\n");
        Path b = Fixtures.write(dir, "b.yaml", "name: b\nextends: base.yaml\nspan: {start: 1990-01, end: 1999-13}\n");
        Path ok = dir.resolve("base.yaml");
        CliRunner r = CliRunner.run("validate", a.toString(), ok.toString(), b.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(a + ":3:17: error: remove_events names 'z-none', which the extended scenario does not have"), r.err());
        assertTrue(r.err().contains(b + ":3:29: error: span.end is not a real month: '1999-13'"), r.err());
        assertTrue(r.out().contains("ok     " + ok), r.out());
        assertTrue(r.err().contains("3 file(s) checked, 2 with errors"), r.err());
    }

    @Test void validatePrintsEveryIndependentErrorOfAFile() {
        Fixtures.base(dir);
        Path a = Fixtures.write(dir, "a.yaml", "name: a\nextends: base.yaml\nremove_events: [z-one, z-two]\n");
        CliRunner r = CliRunner.run("validate", a.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(a + ":3:17: error: remove_events names 'z-one'"), r.err());
        assertTrue(r.err().contains(a + ":3:24: error: remove_events names 'z-two'"), r.err());
        assertTrue(r.err().contains("2 errors"), r.err());
    }

    @Test void validateOfAMissingFileSaysSo() {
        CliRunner r = CliRunner.run("validate", dir.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.yaml: error: file not found"), r.err());
    }

    @Test void scenariosListsEveryScenarioWithItsTitleAndSkipsTheParameterFile() throws IOException {
        CliRunner r = CliRunner.run("scenarios");
        assertEquals(0, r.code(), r.err());
        int n = 0;
        for (Path p : shipped()) {
            String fn = p.getFileName().toString();
            if (fn.equals("parameters.yaml")) {
                assertFalse(r.out().contains("[parameters.yaml]"), r.out());
                continue;
            }
            n++;
            assertTrue(r.out().contains("[" + fn + "]"), fn + " missing:\n" + r.out());
        }
        assertTrue(n >= 10, "baseline and at least nine what-ifs ship");
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("whatif-1956-two-islands ") && l.contains("baseline.yaml")
                && l.contains("What if Japan had taken the Soviet two-island offer in 1956")), r.out());
        assertTrue(r.out().contains(n + " scenario(s) in scenarios"), r.out());
    }
}
