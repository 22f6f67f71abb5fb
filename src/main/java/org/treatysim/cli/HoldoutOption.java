package org.treatysim.cli;

import org.treatysim.io.UsageException;
import picocli.CommandLine.Option;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** {@code --holdout}: the first month of the hold-out period of evaluate and calibrate. */
public final class HoldoutOption {
    @Option(names = "--holdout", paramLabel = "YYYY-MM", defaultValue = "2000-01",
            description = "First month of the hold-out period (default: ${DEFAULT-VALUE}; 'none' for no hold-out): facts measured from it on "
                    + "are not fitted (calibrate) and are scored apart from the fit period (evaluate).")
    String text;

    /** The month, or null for 'none'. */
    YearMonth month() {
        if (text == null || text.equals("none")) return null;
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--holdout must be a month YYYY-MM or 'none', got '" + text + "'");
        }
    }
}
