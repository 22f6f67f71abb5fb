package org.treatysim.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting a directory tree (a link is removed, never followed). */
public final class FileTrees {
    private FileTrees() {}

    /** Deletes {@code p} and everything below it; nothing if it does not exist. Stops at the first failure. */
    public static void delete(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        List<Path> all;
        try (Stream<Path> w = Files.walk(p)) {
            all = w.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path x : all) Files.deleteIfExists(x);
    }

    /** Deletes what it can of a temporary tree; what cannot be deleted is left to the system's cleaning. */
    public static void deleteQuietly(Path p) {
        try {
            delete(p);
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder is harmless
        }
    }
}
