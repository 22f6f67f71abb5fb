package org.treatysim.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.ScenarioException;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loader's entry point for text with no file of its own (ScenarioLoader.loadText): it reads as a file of one
 * folder, extends only that folder's files, and refuses every other path at its line and column.
 */
class ConfinedLoadTest {
    @TempDir Path tmp;
    Path dir;

    @BeforeEach void shippedFolder() throws IOException {
        dir = Files.createDirectory(tmp.resolve("shipped"));
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.copy(Path.of("scenarios/parameters.yaml"), dir.resolve("parameters.yaml"));
        Files.writeString(tmp.resolve("outside.yaml"), Files.readString(Path.of("scenarios/baseline.yaml")).replace("name: baseline", "name: outside"));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private ScenarioException refused(String yaml) {
        return assertThrows(ScenarioException.class, () -> Scenarios.loadText(dir, "mine.yaml", text(yaml)));
    }

    @Test void textExtendsAShippedScenarioAsIfItWereAFileBesideIt() throws Exception {
        String yaml = "name: mine\nextends: baseline.yaml\nremove_events:\n  - 1956-10-normalisation\n";
        Scenario s = Scenarios.loadText(dir, "mine.yaml", text(yaml));
        Scenario base = Scenarios.load(dir.resolve("baseline.yaml"));
        assertEquals("mine", s.name());
        assertEquals(dir.toRealPath().resolve("mine.yaml"), s.file());
        assertEquals(base.events().size() - 1, s.events().size());
        assertNull(s.event("1956-10-normalisation"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text(yaml)));
        assertEquals(sha, s.sha256().get(s.file().toString()), "the text is hashed, not a file on disk");
        assertFalse(Files.exists(s.file()), "nothing is written");
        assertEquals(3, s.sha256().size(), "mine.yaml, baseline.yaml and parameters.yaml");
    }

    @Test void pathsOutsideTheFolderAreRefusedAtTheirLineAndColumn() throws IOException {
        for (String target : new String[] {"../outside.yaml", "/etc/passwd", tmp.resolve("outside.yaml").toString(), "sub/baseline.yaml",
                "nothere.yaml", "../shipped/../outside.yaml", "."}) {
            ScenarioException e = refused("name: mine\n# a comment\nextends: \"" + target + "\"\n");
            assertEquals(3, e.line(), target + ": " + e.getMessage());
            assertEquals(10, e.column(), target + ": " + e.getMessage());
            assertTrue(e.problem().startsWith("extends: '" + target + "' is not one of the shipped files"), e.getMessage());
            assertTrue(e.hint().contains("baseline.yaml, parameters.yaml"), "the hint lists the shipped files: " + e.hint());
            assertEquals(dir.toRealPath().resolve("mine.yaml").toString(), e.file());
        }
        ScenarioException p = refused("name: mine\nspan: {start: 1956-01, end: 1960-12}\nparameters_file: ../../etc/passwd\nevents: []\n");
        assertEquals(3, p.line());
        assertEquals(18, p.column());
        assertTrue(p.problem().startsWith("parameters_file: '../../etc/passwd' is not one of the shipped files"), p.getMessage());
    }

    @Test void aPathThatNormalisesIntoTheFolderIsTheShippedFile() {
        Scenario s = Scenarios.loadText(dir, "mine.yaml", text("name: mine\nextends: ../shipped/baseline.yaml\n"));
        assertEquals(dir.resolve("baseline.yaml").toAbsolutePath().normalize().getFileName(), s.lineage().get(1).getFileName());
    }

    @Test void aLinkInsideTheFolderIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("link.yaml"), tmp.resolve("outside.yaml"));
        ScenarioException e = refused("name: mine\nextends: link.yaml\n");
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("is not one of the shipped files"), e.getMessage());
        assertFalse(e.hint().contains("link.yaml"), "links are not offered: " + e.hint());
    }

    @Test void textThatExtendsItselfIsACycle() {
        ScenarioException e = refused("name: mine\nextends: mine.yaml\n");
        assertTrue(e.problem().startsWith("cyclic extends: mine.yaml -> mine.yaml"), e.getMessage());
    }

    @Test void syntaxErrorsCarryTheVirtualFileName() throws IOException {
        ScenarioException e = refused("name: mine\nextends: [baseline.yaml\n");
        assertEquals(dir.toRealPath().resolve("mine.yaml").toString(), e.file());
        assertTrue(e.line() >= 2, e.getMessage());
    }

    @Test void theFileNameMustBeAScenarioFileName() {
        assertThrows(IllegalArgumentException.class, () -> Scenarios.loadText(dir, "../x.yaml", text("name: x\n")));
        assertThrows(IllegalArgumentException.class, () -> Scenarios.loadText(dir, "x.txt", text("name: x\n")));
    }
}
