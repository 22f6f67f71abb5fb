package org.treatysim.io;

/**
 * A problem whose cause lies with the user, not with TreatySim: a bad option, an output location that must not or
 * cannot be written, results that do not match their checksums. (A bad file, with its line:column, is a
 * {@link ScenarioException}.) The CLI prints the message (no stack trace) and exits with code 2. Every other exception
 * is a bug: exit code 1 and a log holding the stack trace.
 *
 * <p>It is an {@link IllegalArgumentException}, so code that validates arguments can throw it where it threw that.
 */
public class UsageException extends IllegalArgumentException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
