package org.treatysim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results directory written all at once: files go to a hidden staging directory beside the target, which is
 * renamed into place only when every file is complete. A run that fails or is killed leaves the previous
 * results untouched (and at worst a stale staging directory, removed by the next run). An existing, non-empty
 * results directory is never replaced unless the user passed {@code --force}.
 */
public final class OutputDir implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean force;
    private boolean committed;

    private OutputDir(Path target, Path staging, boolean force) {
        this.target = target;
        this.staging = staging;
        this.force = force;
    }

    /** Thrown when the target exists and {@code --force} was not given. */
    public static final class ExistsException extends RuntimeException {
        public ExistsException(Path p) {
            super(p + " already holds results; pass --force to replace them, or choose another --out");
        }
    }

    /** Checks the target can be written, without creating anything. */
    public static void check(Path target, boolean force) {
        if (Files.isRegularFile(target)) throw new IllegalArgumentException(target + " is a file, not a directory; choose another --out");
        if (!force && nonEmptyDir(target)) throw new ExistsException(target);
    }

    public static OutputDir open(Path target, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        check(abs, force);
        try {
            Path parent = abs.getParent();
            Files.createDirectories(parent);
            cleanStale(parent, abs.getFileName().toString());
            Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
            return new OutputDir(abs, staging, force);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output directory beside " + abs + ": " + e.getMessage(), e);
        }
    }

    public Path target() { return target; }

    /** Where to write a file named {@code name} before commit. */
    public Path file(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) throw new IllegalArgumentException("bad output name " + name);
        return staging.resolve(name);
    }

    /** Moves the complete results into place. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                if (!force && nonEmptyDir(target)) throw new ExistsException(target);
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            move(staging, target);
            committed = true;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results into " + target + ": " + e.getMessage(), e);
        }
    }

    @Override public void close() {
        if (!committed) {
            try { deleteTree(staging); } catch (IOException ignored) { /* best effort */ }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            if (Files.isDirectory(to) && isEmpty(to)) Files.delete(to);
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static boolean nonEmptyDir(Path p) {
        return Files.isDirectory(p) && !isEmpty(p);
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void cleanStale(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + name + ".partial-*")) {
            for (Path p : s) {
                // Only remove staging directories whose writer is gone (older than a minute).
                if (Files.getLastModifiedTime(p).toMillis() < System.currentTimeMillis() - 60_000) deleteTree(p);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> w = Files.walk(p)) {
            for (Path x : (Iterable<Path>) w.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(x);
        }
    }
}
