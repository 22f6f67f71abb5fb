package org.treatysim.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.output.OutputDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of {@link OutputDir}: all-or-nothing commits, no lost results, no deletion of anything not ours. */
class OutputDirTest {
    @TempDir Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void writeResults(Path target, String content, boolean force) throws IOException {
        try (OutputDir o = OutputDir.open(target, force)) {
            Files.writeString(o.file("manifest.json"), "{}");
            Files.writeString(o.file("runs.csv"), content);
            o.commit();
        }
    }

    @Test void commitIsAllOrNothing() throws IOException {
        Path target = dir.resolve("r");
        try (OutputDir o = OutputDir.open(target, false)) {
            Files.writeString(o.file("runs.csv"), "half");
            // no commit: as if the run failed
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(dir), "the staging directory is removed");
        writeResults(target, "v1", false);
        assertEquals(List.of("manifest.json", "runs.csv"), names(target), "no lock or staging file inside the results");
        assertEquals(List.of("r"), names(dir));
    }

    @Test void replacingNeedsForceAndATreatySimDirectory() throws IOException {
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
        assertTrue(e.getMessage().contains("does not hold TreatySim results"), e.getMessage());
        assertEquals(List.of("notes.txt"), names(mine));
    }

    @Test void resultsLeftAsideByAKilledReplacementAreRestored() throws IOException {
        Path target = dir.resolve("r");
        writeResults(target, "v1", false);
        // A run killed between "move old aside" and "move new in": only .r.old-N remains.
        Files.move(target, dir.resolve(".r.old-123"));
        // The next run restores them first, and then treats them as the existing results they are.
        assertThrows(OutputDir.ExistsException.class, () -> OutputDir.check(target, false));
        assertEquals("v1", Files.readString(target.resolve("runs.csv")));
        assertEquals(List.of("r"), names(dir));
    }

    @Test void onlyStagingDirectoriesOfDeadWritersAreCleaned() throws IOException {
        Path target = dir.resolve("r");
        Path dead = Files.createDirectories(dir.resolve(".r.partial-dead"));
        Files.writeString(dead.resolve(".writer.lock"), "");
        Files.writeString(dead.resolve("runs.csv"), "half");
        Path live = Files.createDirectories(dir.resolve(".r.partial-live"));
        Path unrelated = Files.createDirectories(dir.resolve(".other.partial-x"));
        Path fresh = Files.createDirectories(dir.resolve(".r.partial-nolock-fresh"));
        Path old = Files.createDirectories(dir.resolve(".r.partial-nolock-old"));
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

    @Test void outputNamesCannotLeaveTheDirectory() {
        Path target = dir.resolve("r");
        try (OutputDir o = OutputDir.open(target, false)) {
            for (String bad : new String[] {"../x", "a/b", ".hidden", "", "a\\b"}) {
                assertThrows(IllegalArgumentException.class, () -> o.file(bad), bad);
            }
        }
    }
}
