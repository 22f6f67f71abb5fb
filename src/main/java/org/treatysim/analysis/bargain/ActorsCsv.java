package org.treatysim.analysis.bargain;

import org.treatysim.io.CsvInput;
import org.treatysim.io.CsvRows;
import org.treatysim.io.ScenarioException;
import org.treatysim.model.ExpectedUtilityModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an actors table with header {@code actor,capability,position,salience} (Jackson CSV; header names are
 * case-insensitive, columns in any order). Salience is a share in [0, 1]; a column whose values exceed 1 but
 * none exceeds 100 is read as 0-100 and divided by 100, and {@link Result#note()} says so.
 */
public final class ActorsCsv {
    public static final List<String> HEADER = List.of("actor", "capability", "position", "salience");
    /** Most actors a table may hold: the stand-alone models take time growing with the cube of their number. */
    public static final int MAX_ACTORS = Bargain.MAX_ACTORS;
    /** Largest actors table read, in bytes (a thousand actors take a few tens of kilobytes). */
    public static final long MAX_BYTES = 1L << 20;

    private ActorsCsv() {}

    /** The actors, and a note for stderr (empty when the saliences were already shares). */
    public record Result(List<ExpectedUtilityModel.Actor> actors, String note) {}

    public static Result read(Path file) {
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Map<String, Integer> col = new LinkedHashMap<>();
        String text = text(file);
        boolean[] header = {true};
        CsvRows.read(file, text, true, "write plain CSV with header " + String.join(",", HEADER), (line, row) -> {
            if (header[0]) {
                for (int i = 0; i < row.length; i++) {
                    String h = row[i].trim().toLowerCase(Locale.ROOT);
                    if (i == 0 && h.startsWith("\ufeff")) h = h.substring(1);
                    if (col.put(h, i) != null) throw new ScenarioException(file, 1, 1, "duplicate column '" + h + "'", "give each column once: " + String.join(",", HEADER));
                }
                for (String need : HEADER) {
                    if (!col.containsKey(need)) {
                        throw new ScenarioException(file, 1, 1, "missing column '" + need + "' (header is " + String.join(",", row) + ")",
                                "the first line must be the header " + String.join(",", HEADER));
                    }
                }
                header[0] = false;
                return;
            }
            if (rows.size() == MAX_ACTORS) {
                throw new ScenarioException(file, (int) line, 1, "more than " + MAX_ACTORS + " actors",
                        "the bargaining models take time growing with the cube of the number of actors; group small actors, or split the table");
            }
            rows.add(row);
            lines.add(line);
        });
        if (rows.size() < 2) throw new ScenarioException(file, 1, 1, "the table has " + rows.size() + " actor(s); the models need at least two", "add one row per actor");
        double[] cap = new double[rows.size()], pos = new double[rows.size()], sal = new double[rows.size()];
        String[] names = new String[rows.size()];
        Set<String> seen = new HashSet<>();
        double maxSal = 0;
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            int line = (int) (long) lines.get(k);
            if (row.length != col.size()) throw new ScenarioException(file, line, 1, "row has " + row.length + " cells, the header " + col.size(), "give every row the header's columns");
            names[k] = row[col.get("actor")];
            if (names[k].isEmpty()) throw new ScenarioException(file, line, 1, "empty actor name", "name every actor");
            if (!seen.add(names[k])) throw new ScenarioException(file, line, 1, "duplicate actor '" + names[k] + "'", "give each actor one row");
            cap[k] = number(file, line, row[col.get("capability")], "capability");
            pos[k] = number(file, line, row[col.get("position")], "position");
            sal[k] = number(file, line, row[col.get("salience")], "salience");
            if (cap[k] < 0) throw new ScenarioException(file, line, 1, "capability of " + names[k] + " is negative (" + row[col.get("capability")] + ")", "capabilities are >= 0");
            if (sal[k] < 0 || sal[k] > 100) throw new ScenarioException(file, line, 1, "salience of " + names[k] + " is " + row[col.get("salience")] + ", outside [0, 1] (or 0-100)", "give salience as a share in [0, 1]");
            maxSal = Math.max(maxSal, sal[k]);
        }
        String note = "";
        if (maxSal > 1) {
            for (int k = 0; k < sal.length; k++) sal[k] /= 100.0;
            note = "note: " + file.getFileName() + ": salience values exceed 1, so the column was read as 0-100 and divided by 100";
        }
        List<ExpectedUtilityModel.Actor> out = new ArrayList<>();
        for (int k = 0; k < names.length; k++) out.add(new ExpectedUtilityModel.Actor(names[k], cap[k], pos[k], sal[k]));
        return new Result(out, note);
    }

    /** The file as UTF-8 text: a regular file of at most {@link #MAX_BYTES}. */
    private static String text(Path file) {
        return CsvInput.read(file, MAX_BYTES, new CsvInput.Hints("table", "give the path of an actors CSV",
                "give the path of an actors CSV with header " + String.join(",", HEADER),
                "an actors table holds at most " + MAX_ACTORS + " actors, one line each")).text();
    }

    private static double number(Path file, int line, String cell, String what) {
        try {
            double v = Double.parseDouble(cell);
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new ScenarioException(file, line, 1, what + " '" + cell + "' is not a number", "write a plain decimal number, e.g. 0.5");
        }
    }
}
