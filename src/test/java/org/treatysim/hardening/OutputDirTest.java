package org.treatysim.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.output.OutputDir;
import org.treatysim.output.Seal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of {@link OutputDir}: all-or-nothing commits, no lost results, no deletion of anything not ours. */
class OutputDirTest {
    static final OutputDir.Owner TEST = OutputDir.Owner.results("test");

    @TempDir Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "treatysim");
        m.put("command", "test");
        m.put("seed", 7L);
        m.put("value", 0.08);
        return m;
    }

    private static void writeResults(Path target, String content, boolean force) throws IOException {
        try (OutputDir o = OutputDir.open(target, force, TEST)) {
            Files.writeString(o.file("runs.csv"), content);
            o.commit(manifest());
        }
    }

    @Test void commitIsAllOrNothing() throws IOException {
        Path target = dir.resolve("r");
        try (OutputDir o = OutputDir.open(target, false, TEST)) {
            Files.writeString(o.file("runs.csv"), "half");
            // no commit: as if the run failed
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(dir), "the staging directory is removed");
        writeResults(target, "v1", false);
        assertEquals(List.of("manifest.json", "runs.csv"), names(target), "no lock or staging file inside the results");
        assertEquals(List.of("r"), names(dir));
    }

    @Test void theManifestSealsEveryFileAndItself() throws IOException {
        Path target = dir.resolve("r");
        writeResults(target, "v1", false);
        String m = Files.readString(target.resolve("manifest.json"));
        assertTrue(m.contains("\"files\" : {\n    \"runs.csv\" : \"" + org.treatysim.io.Sha256.of(target.resolve("runs.csv")) + "\""), m);
        Seal.Read r = Seal.read(target.resolve("manifest.json"));
        assertEquals(Seal.Status.INTACT, r.status());
        assertEquals(List.of(), Seal.changedFiles(target, r.root()));
        Files.writeString(target.resolve("runs.csv"), "edited");
        assertEquals(List.of("runs.csv"), Seal.changedFiles(target, Seal.read(target.resolve("manifest.json")).root()));
        Files.writeString(target.resolve("manifest.json"), m.replace("\"seed\" : 7", "\"seed\" : 8"));
        assertEquals(Seal.Status.CHANGED, Seal.read(target.resolve("manifest.json")).status(), "an edited manifest no longer matches its own checksum");
        Files.writeString(target.resolve("manifest.json"), m.replace("\n", "\r\n").replace("  ", "\t"));
        assertEquals(Seal.Status.INTACT, Seal.read(target.resolve("manifest.json")).status(), "layout does not matter, content does");
    }

    @Test void replacingNeedsForceAndADirectoryThisCommandWrote() throws IOException {
        Path target = dir.resolve("r");
        writeResults(target, "v1", false);
        assertThrows(OutputDir.ExistsException.class, () -> writeResults(target, "v2", false));
        assertEquals("v1", Files.readString(target.resolve("runs.csv")));
        writeResults(target, "v2", true);
        assertEquals("v2", Files.readString(target.resolve("runs.csv")));
        assertEquals(List.of("r"), names(dir), "the old results are gone after a replacement, nothing else left");

        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep");
        OutputDir.ExistsException e = assertThrows(OutputDir.ExistsException.class, () -> writeResults(mine, "x", true));
        assertTrue(e.getMessage().contains("holds files TreatySim did not write: notes.txt"), e.getMessage());
        assertEquals(List.of("notes.txt"), names(mine));
        // Operating-system litter is not the user's data.
        Files.writeString(target.resolve(".DS_Store"), "finder");
        writeResults(target, "v3", true);
        assertEquals(List.of("manifest.json", "runs.csv"), names(target));
    }

    @Test void forbiddenPlacesAreRefusedEvenWhenEmptyOrForced() throws IOException {
        for (Path p : new Path[] {Path.of("/"), Path.of(System.getProperty("user.home")), Path.of(""), Path.of("..")}) {
            OutputDir.ExistsException e = assertThrows(OutputDir.ExistsException.class, () -> OutputDir.check(p, true, TEST), p.toString());
            assertTrue(e.getMessage().contains("never writes results there"), e.getMessage());
        }
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        assertTrue(assertThrows(OutputDir.ExistsException.class, () -> OutputDir.check(repo, true, TEST)).getMessage().contains("repository"));
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertTrue(assertThrows(OutputDir.ExistsException.class, () -> OutputDir.check(link, true, TEST)).getMessage().contains("symbolic link"));
    }

    @Test void resultsLeftAsideByAKilledReplacementAreRestored() throws IOException {
        Path target = dir.resolve("r");
        writeResults(target, "v1", false);
        // A run killed between "move old aside" and "move new in": only .r.old-N remains.
        Files.move(target, dir.resolve(".r.old-123"));
        // The next run restores them first, and then treats them as the existing results they are.
        assertThrows(OutputDir.ExistsException.class, () -> OutputDir.check(target, false, TEST));
        assertEquals("v1", Files.readString(target.resolve("runs.csv")));
        assertEquals(List.of("r"), names(dir));
    }

    @Test void leftoversAreDeletedOnlyIfTheyAreVerifiablyOurs() throws IOException {
        Path target = dir.resolve("r");
        writeResults(target, "v1", false);
        writeResults(dir.resolve("x"), "old", false);
        Files.move(dir.resolve("x"), dir.resolve(".r.old-5"));
        Path foreign = Files.createDirectories(dir.resolve(".r.old-6"));
        Files.writeString(foreign.resolve("thesis.tex"), "mine");
        Path foreignStaging = Files.createDirectories(dir.resolve(".r.partial-77"));
        Files.createDirectories(foreignStaging.resolve("sub"));
        Files.setLastModifiedTime(foreignStaging, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        OutputDir.recover(target);
        writeResults(target, "v2", true);
        assertFalse(Files.exists(dir.resolve(".r.old-5")), "an old copy of our results is removed");
        assertTrue(Files.exists(foreign.resolve("thesis.tex")), "a look-alike holding foreign files is kept");
        assertTrue(Files.exists(foreignStaging.resolve("sub")), "a look-alike staging directory with subdirectories is kept");
    }

    @Test void onlyStagingDirectoriesOfDeadWritersAreCleaned() throws IOException {
        Path target = dir.resolve("r");
        Path dead = Files.createDirectories(dir.resolve(".r.partial-1"));
        Files.writeString(dead.resolve(".writer.lock"), "");
        Files.writeString(dead.resolve("runs.csv"), "half");
        Path live = Files.createDirectories(dir.resolve(".r.partial-2"));
        Path unrelated = Files.createDirectories(dir.resolve(".other.partial-3"));
        Path fresh = Files.createDirectories(dir.resolve(".r.partial-4"));
        Path old = Files.createDirectories(dir.resolve(".r.partial-5"));
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        try (FileChannel ch = FileChannel.open(live.resolve(".writer.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            writeResults(target, "v1", false);
            assertTrue(lock.isValid());
        }
        assertFalse(Files.exists(dead), "a staging directory whose lock nobody holds is removed");
        assertFalse(Files.exists(old), "an old staging directory without a lock is removed");
        assertTrue(Files.exists(live), "a staging directory whose writer holds the lock is kept");
        assertTrue(Files.exists(fresh), "a fresh staging directory without a lock may be committing: kept");
        assertTrue(Files.exists(unrelated), "other targets' staging is not touched");
    }

    @Test void directoriesCreatedForAFailedRunAreRemovedAgain() throws IOException {
        Path target = dir.resolve("a/b/r");
        try (OutputDir o = OutputDir.open(target, false, TEST)) {
            Files.writeString(o.file("runs.csv"), "half");
        }
        assertEquals(List.of(), names(dir), "the parents created for the staging directory are removed");
    }

    @Test void outputNamesCannotLeaveTheDirectory() {
        Path target = dir.resolve("r");
        try (OutputDir o = OutputDir.open(target, false, TEST)) {
            for (String bad : new String[] {"../x", "a/b", ".hidden", "", "a\\b"}) {
                assertThrows(IllegalArgumentException.class, () -> o.file(bad), bad);
            }
        }
    }
}
