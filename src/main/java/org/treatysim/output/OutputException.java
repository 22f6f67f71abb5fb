package org.treatysim.output;

import org.treatysim.io.UsageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Results cannot be written where the user asked: a read-only file system, an immutable or unwritable directory,
 * a full disk, a parent that is a file. The cause lies with the environment the user chose, so the CLI prints one
 * clean message (what, where, and what to do) and exits with code 2.
 */
public final class OutputException extends UsageException {
    private OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot write the results into TARGET: reason" with advice, from an I/O failure while writing them. */
    public static OutputException writing(Path target, Throwable failure) {
        return writing(target, failure, null);
    }

    /** As {@link #writing(Path, Throwable)}, with a note on what was kept and how to go on. */
    public static OutputException writing(Path target, Throwable failure, String note) {
        if (failure instanceof OutputException oe) return oe;
        return new OutputException("cannot write the results into " + target + ": " + explain(failure) + (note == null ? "" : ". " + note), failure);
    }

    /** What went wrong in an I/O failure, and what to do: "no space left on device; free some space ...". */
    public static String explain(Throwable failure) {
        IOException io = ioCause(failure);
        return reason(io != null ? io : failure) + "; " + advice(io);
    }

    /** An output problem found before writing, e.g. a target that cannot be replaced. */
    public static OutputException of(String message) {
        return new OutputException(message, null);
    }

    /** The IOException behind a failure (itself, or the cause of an UncheckedIOException), or null. */
    static IOException ioCause(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof IOException io) return io;
            if (x.getCause() == x) break;
        }
        return null;
    }

    /** True if {@code t} is an I/O failure caused by where or how the user asked to write (not a bug). */
    public static boolean isEnvironmental(Throwable t) {
        IOException io = ioCause(t);
        if (io == null) return false;
        if (io instanceof AccessDeniedException || io instanceof NotDirectoryException || io instanceof FileAlreadyExistsException) return true;
        String r = lower(io instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : io.getMessage());
        return r.contains("read-only file system") || r.contains("no space left") || r.contains("disk quota")
                || r.contains("operation not permitted") || r.contains("permission denied") || r.contains("not a directory")
                || r.contains("file too large");
    }

    private static String reason(Throwable t) {
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof NotDirectoryException || t instanceof FileAlreadyExistsException) {
            return ((FileSystemException) t).getFile() + " is a file, not a directory";
        }
        if (t instanceof NoSuchFileException nsf) return nsf.getFile() + " does not exist";
        if (t instanceof FileSystemException fse && fse.getReason() != null) return lower(fse.getReason());
        String m = t.getMessage();
        if (lower(m).contains("file too large")) return "file too large (a limit on file sizes was reached)";
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static String advice(IOException io) {
        String r = io == null ? "" : lower(io instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : io.getMessage());
        if (r.contains("no space left") || r.contains("disk quota")) return "free some space (or raise the quota), or choose --out on another disk";
        if (r.contains("file too large")) return "raise the limit (ulimit -f), free some space, or choose --out on another disk";
        if (r.contains("read-only file system")) return "that file system is mounted read-only; choose --out on a writable disk";
        if (io instanceof NotDirectoryException || io instanceof FileAlreadyExistsException || r.contains("not a directory")) {
            return "a part of that path is a file; choose --out inside a directory";
        }
        if (io instanceof AccessDeniedException || r.contains("operation not permitted") || r.contains("permission denied")) {
            return "the directory is not writable for you, or immutable (see `lsattr -d`); choose --out in a directory you can write";
        }
        return "check the disk and the path, or choose another --out";
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** Runs {@code body}; any I/O failure becomes an {@link OutputException} naming {@code target}. */
    public static <T> T guard(Path target, IOSupplier<T> body) {
        try {
            return body.get();
        } catch (IOException | UncheckedIOException e) {
            throw writing(target, e);
        }
    }

    /** Like a {@link java.util.function.Supplier} that may throw an {@link IOException}. */
    @FunctionalInterface
    public interface IOSupplier<T> {
        T get() throws IOException;
    }
}
