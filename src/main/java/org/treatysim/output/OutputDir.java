package org.treatysim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A results directory written all at once: files go to a hidden staging directory beside the target
 * ({@code .NAME.partial-*}), are flushed to disk (fsync of every file and of the directory), and the directory is
 * renamed into place only when every file is complete. A run that fails or is killed, even with SIGKILL, leaves
 * the previous results untouched.
 *
 * <p>Safety rules:
 * <ul>
 *   <li>An existing, non-empty results directory is replaced only with {@code --force}, and even then only if it
 *       is a TreatySim results directory (it holds {@value #MARKER}); any other directory is never replaced.</li>
 *   <li>Replacing moves the old results aside ({@code .NAME.old-*}), moves the new ones in, then deletes the old.
 *       A run killed between the two moves leaves the old results aside; the next run (or {@link #recover}) moves
 *       them back before doing anything else.</li>
 *   <li>The writer holds an OS lock on {@value #LOCK} inside its staging directory. A later run removes a staging
 *       directory only if nobody holds that lock (its writer is gone) — never a live one.</li>
 * </ul>
 */
public final class OutputDir implements AutoCloseable {
    /** The file that marks a directory as TreatySim results (written by every command that uses OutputDir). */
    public static final String MARKER = "manifest.json";
    static final String LOCK = ".writer.lock";

    private final Path target;
    private final Path staging;
    private final boolean force;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committed;

    private OutputDir(Path target, Path staging, boolean force, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.staging = staging;
        this.force = force;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Thrown when the target exists and {@code --force} was not given. */
    public static final class ExistsException extends RuntimeException {
        public ExistsException(Path p) {
            super(p + " already holds results; pass --force to replace them, or choose another --out");
        }

        ExistsException(String message) {
            super(message);
        }
    }

    /** Checks the target can be written (after restoring results a killed run left aside), creating nothing. */
    public static void check(Path target, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) throw new IllegalArgumentException(abs + " is the root directory; choose a directory for the results with --out");
        recover(abs);
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IllegalArgumentException(abs + " is a file, not a directory; choose another --out");
        }
        if (nonEmptyDir(abs)) {
            if (!force) throw new ExistsException(abs);
            if (!Files.isRegularFile(abs.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                throw new ExistsException(abs + " is a non-empty directory that does not hold TreatySim results (no " + MARKER
                        + "); refusing to replace it even with --force. Choose another --out, e.g. a new subdirectory");
            }
        }
    }

    public static OutputDir open(Path target, boolean force) {
        Path abs = target.toAbsolutePath().normalize();
        check(abs, force);
        Path staging = null;
        try {
            Path parent = abs.getParent();
            Files.createDirectories(parent);
            cleanStale(parent, abs.getFileName().toString());
            staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
            FileChannel ch = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = ch.lock();
            return new OutputDir(abs, staging, force, ch, lock);
        } catch (IOException e) {
            if (staging != null) try { deleteTree(staging); } catch (IOException ignored) { /* best effort */ }
            throw new UncheckedIOException("cannot create the output directory beside " + abs + ": " + e.getMessage(), e);
        }
    }

    public Path target() { return target; }

    /** Where to write a file named {@code name} before commit. */
    public Path file(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("bad output name " + name);
        }
        return staging.resolve(name);
    }

    /** Flushes every file to disk and moves the complete results into place. */
    public void commit() {
        try {
            try (Stream<Path> files = Files.list(staging)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (!f.getFileName().toString().equals(LOCK) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) fsync(f);
                }
            }
            Files.delete(staging.resolve(LOCK)); // still locked through the open channel until released below
            fsync(staging);
            recover(target);
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (nonEmptyDir(target)) check(target, force);
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            move(staging, target);
            committed = true;
            fsync(target.getParent());
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results into " + target + ": " + e.getMessage(), e);
        } finally {
            release();
        }
    }

    @Override public void close() {
        release();
        if (!committed) {
            try { deleteTree(staging); } catch (IOException ignored) { /* best effort */ }
        }
    }

    private void release() {
        try {
            if (lock.isValid()) lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
    }

    /**
     * Restores results that a run killed in the middle of a replacement left aside: if the target is missing and a
     * {@code .NAME.old-*} directory exists, the newest is moved back. If the target exists, leftovers of a finished
     * replacement are deleted (they are the results the user asked to replace).
     */
    public static void recover(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        List<Path> olds = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + abs.getFileName() + ".old-*")) {
            for (Path p : s) if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) olds.add(p);
        } catch (IOException e) {
            return;
        }
        if (olds.isEmpty()) return;
        olds.sort(Comparator.comparingLong(OutputDir::oldStamp));
        try {
            if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                Path newest = olds.remove(olds.size() - 1);
                move(newest, abs);
                fsync(parent);
            }
            for (Path p : olds) deleteTree(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore earlier results into " + abs + ": " + e.getMessage(), e);
        }
    }

    private static long oldStamp(Path p) {
        String n = p.getFileName().toString();
        try {
            return Long.parseLong(n.substring(n.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
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

    /** Forces a file's or a directory's contents to disk (directories: where the platform allows it). */
    static void fsync(Path p) throws IOException {
        boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        try (FileChannel ch = FileChannel.open(p, dir ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!dir) throw e; // some platforms cannot open or sync a directory; the file syncs are what matter there
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

    /** Removes staging directories of this target whose writer is gone (nobody holds their lock). */
    static void cleanStale(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + name + ".partial-*")) {
            for (Path p : s) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && isStale(p)) deleteTree(p);
            }
        }
    }

    /** True if no process holds the staging directory's writer lock. */
    static boolean isStale(Path staging) {
        Path lockFile = staging.resolve(LOCK);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            // Committing writers delete the lock just before the rename; be patient with fresh directories.
            try {
                return Files.getLastModifiedTime(staging).toMillis() < System.currentTimeMillis() - 60_000;
            } catch (IOException e) {
                return false;
            }
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return false; // another process is writing
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM is writing it
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> w = Files.walk(p)) {
            for (Path x : (Iterable<Path>) w.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(x);
        }
    }
}
