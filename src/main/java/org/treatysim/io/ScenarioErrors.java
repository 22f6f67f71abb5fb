package org.treatysim.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Several independent problems found in one scenario file (for example three bad events), reported together so
 * that a user can fix them in one pass. Behaves as its first error (file, line, column, problem, hint); its
 * message lists every error, one per line, in file order.
 */
public final class ScenarioErrors extends ScenarioException {
    private final List<ScenarioException> errors;

    ScenarioErrors(List<ScenarioException> errors) {
        super(errors.get(0).file() == null ? null : Path.of(errors.get(0).file()), errors.get(0).line(), errors.get(0).column(),
                errors.get(0).problem(), errors.get(0).hint());
        this.errors = List.copyOf(errors);
    }

    /** Every error, in the order found (file order within each section). */
    public List<ScenarioException> errors() { return errors; }

    @Override public String getMessage() {
        StringBuilder sb = new StringBuilder();
        for (ScenarioException e : errors) sb.append(e.getMessage()).append(System.lineSeparator());
        sb.append(errors.size()).append(" errors");
        return sb.toString();
    }

    @Override public ScenarioException via(String note) {
        return new ScenarioErrors(errors.stream().map(e -> e.via(note)).toList());
    }

    /** Throws nothing for no errors, the error itself for one, and a {@link ScenarioErrors} for several. */
    public static void throwIfAny(List<ScenarioException> errors) {
        if (errors.isEmpty()) return;
        if (errors.size() == 1) throw errors.get(0);
        throw new ScenarioErrors(errors);
    }
}
