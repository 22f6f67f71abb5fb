package org.treatysim.scenario;

import org.treatysim.io.CsvInput;
import org.treatysim.io.CsvRows;
import org.treatysim.io.Names;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.Sha256;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A weighted sample of parameter sets (the {@code posterior.csv} that {@code calibrate --method abc} writes): header
 * {@code particle,weight,distance,<parameter>...}, one row per particle. {@code run --posterior} replays a scenario
 * with each replication's values of these parameters taken from one particle, drawn with probability proportional to
 * its weight ({@link #pick}); the scenario's other parameters are drawn or fixed as usual. So the bands carry the
 * parameter uncertainty the calibration left open.
 *
 * <p>Checked on load against the scenario's parameters: every column names one of them, every value is a finite
 * number within the parameter's physical bounds, weights are finite, at least zero and not all zero. A value outside
 * the plausible range is allowed (a posterior may leave its prior), as in a scenario override.
 *
 * @param file       where the sample was read from
 * @param sha256     SHA-256 of the file, so manifests and {@code reproduce} can tell it was not changed
 * @param names      the parameters the sample sets, in the file's column order
 * @param values     [particle][parameter] values
 * @param cumulative the running sum of the normalised weights (the last is 1)
 */
public record Posterior(Path file, String sha256, List<String> names, double[][] values, double[] cumulative) {
    /** The columns before the parameters, as the ABC writer puts them. */
    public static final List<String> LEADING = List.of("particle", "weight", "distance");
    /** Largest sample read, in bytes (an ABC population of a few thousand particles of 100 parameters is ~5 MB). */
    public static final long MAX_BYTES = 64L << 20;

    /** Number of particles. */
    public int size() { return values.length; }

    /**
     * The particle for uniform {@code u} in [0, 1): the first whose cumulative weight exceeds {@code u}, so particle
     * k is picked with probability equal to its normalised weight.
     */
    public int pick(double u) {
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /** Reads and checks a posterior sample against the parameters it will set. */
    public static Posterior load(Path file, ParameterSet parameters) {
        CsvInput in = CsvInput.read(file, MAX_BYTES, new CsvInput.Hints("sample", "give the path of a posterior.csv",
                "give the path of the posterior.csv that `calibrate --method abc` wrote", "thin the sample (keep every k-th particle) before replaying it"));
        byte[] bytes = in.bytes();
        String text = in.text();
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        String hint = "give the posterior.csv that `calibrate --method abc` writes (header " + String.join(",", LEADING) + ",<parameter>...)";
        boolean[] header = {true};
        CsvRows.read(file, text, false, hint, (at, row) -> {
            int line = (int) Math.max(1, at);
            if (header[0]) {
                header(file, row, parameters, names);
                header[0] = false;
                return;
            }
            if (row.length != LEADING.size() + names.size()) {
                throw new ScenarioException(file, line, 1, "row has " + row.length + " cells, the header " + (LEADING.size() + names.size()),
                        "give every particle a weight, a distance and a value of each parameter");
            }
            double w = number(file, line, row, 1, "weight");
            if (w < 0) throw new ScenarioException(file, line, column(row, 1), "weight " + row[1] + " is negative", "weights are at least 0");
            number(file, line, row, 2, "distance");
            double[] v = new double[names.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = number(file, line, row, LEADING.size() + i, names.get(i));
                ParameterSpec spec = parameters.spec(names.get(i));
                if (!spec.bounds().contains(v[i])) {
                    throw new ScenarioException(file, line, column(row, LEADING.size() + i),
                            "value " + row[LEADING.size() + i] + " of " + names.get(i) + " lies outside its physical bounds " + spec.bounds() + " (" + spec.bounds().why() + ")",
                            "the sample must come from a calibration of this scenario's parameters; re-run `calibrate --method abc`");
                }
            }
            rows.add(v);
            weights.add(w);
        });
        if (header[0]) throw new ScenarioException(file, "the file is empty", hint);
        if (rows.isEmpty()) throw new ScenarioException(file, 1, 1, "the sample holds no particle", hint);
        double total = 0;
        for (double w : weights) total += w;
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new ScenarioException(file, 2, 1, "the weights sum to " + total + "; a sample needs some positive weight", hint);
        }
        double[] cum = new double[rows.size()];
        double run = 0;
        for (int k = 0; k < cum.length; k++) {
            run += weights.get(k);
            cum[k] = run / total;
        }
        cum[cum.length - 1] = 1.0;
        return new Posterior(file.toAbsolutePath().normalize(), Sha256.hex(bytes), List.copyOf(names), rows.toArray(new double[0][]), cum);
    }

    private static void header(Path file, String[] row, ParameterSet parameters, List<String> names) {
        for (int i = 0; i < LEADING.size(); i++) {
            String h = i < row.length ? strip(row[i], i) : "";
            if (!h.equals(LEADING.get(i))) {
                throw new ScenarioException(file, 1, i < row.length ? column(row, i) : 1, "column " + (i + 1) + " is '" + h + "', expected '" + LEADING.get(i) + "'",
                        "the header starts " + String.join(",", LEADING) + ", then one column per parameter");
            }
        }
        if (row.length == LEADING.size()) {
            throw new ScenarioException(file, 1, 1, "the header names no parameter", "after " + String.join(",", LEADING) + " give one column per parameter the sample sets");
        }
        Set<String> seen = new HashSet<>();
        for (int i = LEADING.size(); i < row.length; i++) {
            String n = row[i].trim();
            if (parameters.spec(n) == null) {
                String close = Names.closest(n, parameters.specs().keySet());
                throw new ScenarioException(file, 1, column(row, i), "unknown parameter '" + n + "'",
                        (close == null ? "" : "did you mean '" + close + "'? ") + "the sample must set parameters of the scenario it replays");
            }
            if (!seen.add(n)) throw new ScenarioException(file, 1, column(row, i), "parameter '" + n + "' appears twice", "give each parameter one column");
            names.add(n);
        }
    }

    private static String strip(String cell, int i) {
        String h = cell.trim();
        return i == 0 && h.startsWith("\ufeff") ? h.substring(1) : h;
    }

    /** The 1-based character column where cell {@code i} of a plain (unquoted) row starts. */
    private static int column(String[] row, int i) {
        int c = 1;
        for (int k = 0; k < i && k < row.length; k++) c += row[k].length() + 1;
        return c;
    }

    private static double number(Path file, int line, String[] row, int i, String what) {
        String cell = row[i].trim();
        try {
            double v = Double.parseDouble(cell);
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new ScenarioException(file, line, column(row, i), what + " '" + cell + "' is not a finite number", "write a plain decimal number, e.g. 0.5");
        }
    }
}
