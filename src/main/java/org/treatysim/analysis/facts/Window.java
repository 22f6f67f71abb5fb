package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A span of months, {@code YYYY-MM..YYYY-MM}, inclusive. */
public record Window(YearMonth from, YearMonth to) {
    /** The end of any span: a window to it reads to the end of the scenario. */
    public static final YearMonth OPEN_END = YearMonth.of(2200, 12);

    /** Whether the window lies wholly before {@code m}. */
    public boolean before(YearMonth m) { return to.isBefore(m); }

    /** Whether the window lies wholly at or after {@code m}. */
    public boolean from(YearMonth m) { return !from.isBefore(m); }

    public static Window parse(Node n) {
        String s = n.asString("a window YYYY-MM..YYYY-MM");
        String[] parts = s.split("\\.\\.", -1);
        if (parts.length != 2) throw n.error("'" + s + "' is not a window", "write YYYY-MM..YYYY-MM, e.g. 1997-01..2001-12");
        try {
            Window w = new Window(YearMonth.parse(parts[0].trim()), YearMonth.parse(parts[1].trim()));
            if (w.to.isBefore(w.from)) throw n.error("window " + s + " ends before it starts", "write the earlier month first");
            return w;
        } catch (DateTimeParseException e) {
            throw n.error("'" + s + "' is not a window of months", "write YYYY-MM..YYYY-MM, e.g. 1997-01..2001-12");
        }
    }

    @Override public String toString() { return from + ".." + to; }
}
