package org.treatysim.fuzz;

import org.junit.jupiter.api.Assertions;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.UsageException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The property every loader fuzz test checks: an input either loads or is refused with a {@link ScenarioException}
 * (the clean validation error, with a file and a message) or a {@link UsageException} (a clean refusal without a
 * location, e.g. a sweep that fails its checksums). Any other exception, an error such as
 * {@link OutOfMemoryError} or {@link StackOverflowError}, escapes and fails the test; hangs are caught by the
 * per-input timeout.
 */
final class FuzzSupport {
    private FuzzSupport() {}

    /** Project root (Maven runs tests there). */
    static final Path ROOT = Path.of("").toAbsolutePath();

    /** A private directory holding copies of the shipped baseline and parameter file, so fuzzed files may extend them. */
    static Path workDir(String name) {
        try {
            Path dir = Files.createTempDirectory("treatysim-fuzz-" + name + "-");
            Files.copy(ROOT.resolve("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(ROOT.resolve("scenarios/parameters.yaml"), dir.resolve("parameters.yaml"), StandardCopyOption.REPLACE_EXISTING);
            dir.toFile().deleteOnExit();
            dir.resolve("baseline.yaml").toFile().deleteOnExit();
            dir.resolve("parameters.yaml").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A private empty directory. */
    static Path emptyDir(String name) {
        try {
            Path dir = Files.createTempDirectory("treatysim-fuzz-" + name + "-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] data) {
        try {
            Files.write(file, data);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of library internals a message to a user should never show (unless the input itself contains them). */
    static final String[] INTERNALS = {"StreamReadConstraints", "com.fasterxml", "org.yaml.snakeyaml", "Exception", "\tat "};

    /** Longest a single input may take to load or be refused before it counts as a hang. */
    static final Duration PER_INPUT = Duration.ofSeconds(10);

    /** Runs the loader (in a watched thread: a hang fails); a clean refusal must say which file and what is wrong. */
    static void expectLoadOrCleanError(byte[] input, Runnable load) {
        try {
            Assertions.assertTimeoutPreemptively(PER_INPUT, load::run, "input took longer than " + PER_INPUT + " to load or refuse");
        } catch (ScenarioException e) {
            if (e.file() == null || e.problem() == null || e.problem().isBlank()) {
                throw new AssertionError("refusal without a file or a problem: " + e.getMessage(), e);
            }
            noInternals(input, e);
        } catch (UsageException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("refusal without a message", e);
            noInternals(input, e);
        }
    }

    private static void noInternals(byte[] input, RuntimeException e) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        for (String internal : INTERNALS) {
            if (e.getMessage().contains(internal) && !text.contains(internal)) {
                throw new AssertionError("refusal leaks Java internals (" + internal + ") into the message: " + e.getMessage(), e);
            }
        }
    }
}
