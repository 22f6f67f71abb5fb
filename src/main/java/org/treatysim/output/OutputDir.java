package org.treatysim.output;

import org.treatysim.io.FileTrees;

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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one output-directory policy of every command that writes results. Files go to a hidden staging directory
 * beside the target ({@code .NAME.partial-*}), are flushed to disk, and the directory is renamed into place only when
 * every file is complete. A run that fails or is killed, even with SIGKILL, leaves the previous results untouched.
 *
 * <p>Rules:
 * <ul>
 *   <li>Never: the root directory, the home directory, the working directory or one of its parents, a directory
 *       holding {@code .git} (a repository), a symbolic link, a file.</li>
 *   <li>An existing, non-empty directory is replaced only with {@code --force}, and only if it is an intact
 *       directory that the same command wrote, as its {@link Owner} verifies from its content (for most commands a
 *       sealed {@value Seal#MANIFEST} listing the checksum of every file, and no other file). Anything else is
 *       refused, even with {@code --force}.</li>
 *   <li>The staging directory is created before any computing, so an output that cannot be written (read-only,
 *       immutable, a parent that is a file) is refused at once; I/O failures become one {@link OutputException}.</li>
 *   <li>Replacing moves the old results aside ({@code .NAME.old-*}), moves the new ones in, then deletes the old:
 *       nothing is deleted first. A run killed between the two moves leaves the old results aside; the next run (or
 *       {@link #recover}) moves them back before doing anything else.</li>
 *   <li>The writer holds an OS lock on {@value #LOCK} inside its staging directory. A later run removes a staging
 *       directory only if nobody holds that lock, never a live one, and only one that looks like TreatySim's.</li>
 * </ul>
 */
public final class OutputDir implements AutoCloseable {
    static final String LOCK = ".writer.lock";
    /** Files an operating system leaves in folders a person browsed: not the user's data, replaced with the rest. */
    static final Set<String> SYSTEM_LITTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    /** What writes a kind of results directory, and how to recognise one it wrote. */
    public interface Owner {
        /** The command, for messages: "run", "sweep". */
        String command();

        /** Why {@code dir} is not an intact directory this command wrote, as a phrase after its name; null if it is. */
        String problem(Path dir);

        /** Directories sealed by a {@value Seal#MANIFEST} naming {@code command}. */
        static Owner results(String command) {
            return new Owner() {
                @Override public String command() { return command; }
                @Override public String problem(Path dir) { return Seal.problem(dir, command); }
            };
        }
    }

    private final Path target;
    private final Path staging;
    private final boolean force;
    private final Owner owner;
    private final List<Path> createdParents;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean committed;

    private OutputDir(Path target, Path staging, boolean force, Owner owner, List<Path> createdParents, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.staging = staging;
        this.force = force;
        this.owner = owner;
        this.createdParents = createdParents;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The target exists and may not be replaced. Exit code 2. */
    public static final class ExistsException extends org.treatysim.io.UsageException {
        ExistsException(String message) {
            super(message);
        }
    }

    /**
     * Checks that {@code target} may receive the results of {@code owner}'s command (after restoring results a killed
     * run left aside), creating nothing.
     */
    public static void check(Path target, boolean force, Owner owner) {
        Path abs = target.toAbsolutePath().normalize();
        refuseForbidden(abs);
        recover(abs);
        if (Files.isSymbolicLink(abs)) throw new ExistsException(abs + " is a symbolic link; give the directory itself with --out");
        if (Files.exists(abs) && !Files.isDirectory(abs)) throw new ExistsException(abs + " is a file, not a directory; choose another --out");
        if (!nonEmptyDir(abs)) return;
        String problem = owner.problem(abs);
        if (problem == null) {
            if (!force) {
                throw new ExistsException(abs + " already holds results of `" + owner.command() + "`; pass --force to replace them, or choose another --out");
            }
            String locked = unremovable(abs);
            if (locked != null) throw OutputException.of("cannot replace the results in " + abs + ": " + locked + " cannot be removed (read-only or immutable); "
                    + "make it writable, or choose another --out");
            return;
        }
        throw new ExistsException(abs + " " + problem + (force
                ? "; TreatySim replaces only results it wrote itself with `" + owner.command() + "`, even with --force. Choose another --out, or move that directory away"
                : "; choose another --out (a new directory), or move that directory away"));
    }

    private static void refuseForbidden(Path abs) {
        if (abs.getParent() == null) throw new ExistsException(abs + " is the root directory; TreatySim never writes results there. Choose a new directory with --out");
        Path home = realOrSelf(Path.of(System.getProperty("user.home", "/")));
        Path real = realOrSelf(abs);
        if (real.equals(home)) throw new ExistsException(abs + " is your home directory; TreatySim never writes results there. Choose a new directory with --out");
        Path cwd = realOrSelf(Path.of("").toAbsolutePath());
        if (cwd.startsWith(real)) {
            throw new ExistsException(abs + " is the working directory" + (cwd.equals(real) ? "" : " or one of its parents")
                    + "; TreatySim never writes results there. Choose a new directory with --out, e.g. results/NAME");
        }
        if (Files.exists(abs.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            throw new ExistsException(abs + " is the root of a repository (it holds .git); TreatySim never writes results there. Choose a new directory with --out");
        }
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Applies the policy ({@link #check}), then creates the staging directory beside the target, so that an output
     * that cannot be written fails here, before anything is computed.
     */
    public static OutputDir open(Path target, boolean force, Owner owner) {
        Path abs = target.toAbsolutePath().normalize();
        check(abs, force, owner);
        Path parent = abs.getParent();
        List<Path> created = new ArrayList<>();
        Path staging = null;
        try {
            for (Path p = parent; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) created.add(p);
            Files.createDirectories(parent);
            cleanStale(parent, abs.getFileName().toString());
            staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
            FileChannel ch = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = ch.lock();
            return new OutputDir(abs, staging, force, owner, created, ch, lock);
        } catch (IOException | UncheckedIOException e) {
            if (staging != null) try { FileTrees.delete(staging); } catch (IOException ignored) { /* best effort */ }
            removeEmpty(created);
            throw OutputException.writing(abs, e);
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

    /** Seals the results with {@code manifest} (see {@link Seal}) and moves them into place. */
    public void commit(Map<String, Object> manifest) {
        try {
            Seal.write(staging, manifest);
        } catch (IOException | UncheckedIOException e) {
            throw OutputException.writing(target, e);
        }
        commit();
    }

    /** Flushes every file to disk and moves the complete results into place (for owners that need no seal). */
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
                check(target, force, owner); // it may have changed while we computed
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (old != null) move(old, target); // put the old results back before reporting
                throw e;
            }
            committed = true;
            fsync(target.getParent());
            if (old != null) FileTrees.delete(old);
        } catch (IOException | UncheckedIOException e) {
            throw OutputException.writing(target, e);
        } finally {
            release();
        }
    }

    @Override public void close() {
        release();
        if (!committed) {
            try { FileTrees.delete(staging); } catch (IOException ignored) { /* best effort */ }
            removeEmpty(createdParents);
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

    /** Removes the directories {@link #open} created for nothing, deepest first, if they are still empty. */
    private static void removeEmpty(List<Path> created) {
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty any more (someone else wrote there), or not ours to remove
            }
        }
    }

    /**
     * Restores results that a run killed in the middle of a replacement left aside: if the target is missing and a
     * {@code .NAME.old-*} directory exists, the newest is moved back. If the target exists, leftovers of a finished
     * replacement are deleted (they are results the user asked to replace), but only those that still verify as
     * intact TreatySim results; anything else is left alone.
     */
    public static void recover(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        List<Path> olds = new ArrayList<>();
        Pattern ours = Pattern.compile(Pattern.quote("." + abs.getFileName() + ".old-") + "-?\\d+");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + abs.getFileName() + ".old-*")) {
            for (Path p : s) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && ours.matcher(p.getFileName().toString()).matches()) olds.add(p);
            }
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
            for (Path p : olds) if (verifiable(p)) FileTrees.delete(p);
        } catch (IOException e) {
            throw OutputException.writing(abs, e);
        }
    }

    /** True if {@code dir} is intact TreatySim output of some command (sealed results, or a sweep). */
    private static boolean verifiable(Path dir) {
        Path m = dir.resolve(Seal.MANIFEST);
        if (Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
            try {
                String cmd = Seal.read(m).text("command");
                return !cmd.isEmpty() && Seal.problem(dir, cmd) == null;
            } catch (RuntimeException e) {
                return false;
            }
        }
        return SweepJournal.OWNER.problem(dir) == null;
    }

    private static long oldStamp(Path p) {
        String n = p.getFileName().toString();
        try {
            return Long.parseLong(n.substring(n.lastIndexOf(".old-") + 5));
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

    /** True if {@code p} is a directory holding anything (operating-system litter aside). */
    public static boolean nonEmpty(Path p) {
        return nonEmptyDir(p);
    }

    static boolean nonEmptyDir(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !entries(p).isEmpty();
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** The names in a directory, sorted, without operating-system litter ({@link #SYSTEM_LITTER}). */
    static List<String> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !SYSTEM_LITTER.contains(n)).sorted().toList();
        } catch (IOException e) {
            throw OutputException.writing(dir, e);
        }
    }

    /** Up to five names for a message, with a count of the rest. */
    static String some(List<String> names) {
        List<String> shown = names.subList(0, Math.min(5, names.size()));
        return String.join(", ", shown) + (names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "");
    }

    /** The first entry of a directory (or the directory) that cannot be removed, or null. */
    private static String unremovable(Path dir) {
        if (!Files.isWritable(dir)) return dir.toString();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) if (!Files.isWritable(p)) return p.toString();
        } catch (IOException e) {
            return dir.toString();
        }
        return null;
    }

    /** Removes staging directories of this target whose writer is gone (nobody holds their lock). */
    static void cleanStale(Path parent, String name) throws IOException {
        Pattern ours = Pattern.compile(Pattern.quote("." + name + ".partial-") + "\\d+");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + name + ".partial-*")) {
            for (Path p : s) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && ours.matcher(p.getFileName().toString()).matches() && onlyFiles(p) && isStale(p)) {
                    FileTrees.delete(p);
                }
            }
        }
    }

    /** Staging directories hold only files; anything else is not ours to delete. */
    private static boolean onlyFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return false;
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

}
