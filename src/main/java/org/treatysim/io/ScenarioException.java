package org.treatysim.io;

import java.nio.file.Path;

/**
 * Bad input: a scenario, parameter or sweep file that cannot be used. Carries where (file, line:column),
 * what was expected, and what to do. The CLI prints {@link #getMessage()} and exits with code 2.
 */
public class ScenarioException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final String hint;

    public ScenarioException(Path file, int line, int column, String problem, String hint) {
        super(format(file == null ? null : file.toString(), line, column, problem, hint));
        this.file = file == null ? null : file.toString();
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.hint = hint;
    }

    public ScenarioException(Path file, String problem, String hint) {
        this(file, 0, 0, problem, hint);
    }

    private static String format(String file, int line, int column, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) sb.append(':').append(line).append(':').append(column);
            sb.append(": ");
        }
        sb.append("error: ").append(problem);
        if (hint != null && !hint.isEmpty()) sb.append(System.lineSeparator()).append("  hint: ").append(hint);
        return sb.toString();
    }

    /** The same error, with a note on how the file was reached ("extends: at whatif.yaml:2:10") after its hint. */
    public ScenarioException via(String note) {
        String h = hint == null || hint.isEmpty() ? "read through " + note : hint + " (read through " + note + ")";
        return new ScenarioException(file == null ? null : Path.of(file), line, column, problem, h);
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String problem() { return problem; }
    public String hint() { return hint; }
}
