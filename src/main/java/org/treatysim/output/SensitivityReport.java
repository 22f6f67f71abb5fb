package org.treatysim.output;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.treatysim.analysis.MorrisIndices;
import org.treatysim.analysis.SobolIndices;
import org.treatysim.experiment.design.Design;
import org.treatysim.experiment.design.MorrisDesign;
import org.treatysim.io.CsvTable;
import org.treatysim.io.Decimals;
import org.treatysim.io.ScenarioException;
import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity indices of a finished sweep: reads sweep.json and streams results.csv into the mean of each
 * metric at each point (over replications), then computes Sobol S1/ST (sobol designs) or Morris mu* and sigma
 * (morris designs) with bootstrap confidence intervals, and writes {@code sensitivity.csv} and one bar chart
 * per metric.
 */
public final class SensitivityReport {
    public static final List<String> HEADER = List.of("method", "metric", "parameter", "index", "value", "ci_low", "ci_high");
    public static final int RESAMPLES = 1000;
    public static final double CONFIDENCE = 0.95;
    /** Fixed bootstrap seed: the same sweep always gives the same intervals. */
    public static final long BOOTSTRAP_SEED = 20100101L;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String HINT = "results.csv must stay as the sweep wrote it; restore it, or run the sweep again into a new directory";

    private SensitivityReport() {}

    /** One index row. */
    public record Row(String method, String metric, String parameter, String index, SobolIndices.Estimate estimate) {}

    /**
     * The indices of every metric, in metric then parameter order, and the checksums of the sweep they were
     * computed from ({@code sweep}: the sweep directory, and the SHA-256 of its sweep.json, points.csv and results.csv).
     */
    public record Report(String method, String title, List<String> parameters, List<String> metrics, int samples, List<Row> rows,
                         Map<String, Object> sweep) {}

    /** Verifies the sweep in {@code dir} (complete, unsharded, files matching their journal) and computes its indices. */
    public static Report compute(Path dir) {
        SweepJournal.State st = SweepJournal.verify(dir, true);
        SweepManifest.Info man = st.info();
        if (man.shard() != null) throw new UsageException(dir + " is one shard of a sweep; merge the shards first (`treatysim merge DIR... -o OUT`)");
        List<String> metrics = man.metrics();
        List<String> params = man.parameters();
        String type = man.type();
        if (!type.equals("sobol") && !type.equals("morris")) {
            throw new UsageException("the sweep in " + dir + " has a " + type + " design; Sobol indices need design type sobol and Morris screening type morris");
        }
        Design design = Design.fromSettings(man.design(), params.size(), man.seed());
        if (design.points() != man.points()) throw new UsageException(man.file() + ": the design has " + design.points() + " points, not the " + man.points() + " it records");
        double[][] y = pointMeans(dir.resolve(SweepWriter.RESULTS), metrics, design.points());
        int k = params.size();
        List<Row> rows = new ArrayList<>();
        int samples;
        if (type.equals("sobol")) {
            int n = man.design().n();
            if (n < 2) throw new UsageException("the sweep in " + dir + " has " + n + " base sample; Sobol indices need at least 2 (design n)");
            samples = n;
            for (int m = 0; m < metrics.size(); m++) {
                double[] fA = new double[n], fB = new double[n];
                double[][] fAB = new double[k][n];
                for (int j = 0; j < n; j++) {
                    int base = j * (k + 2);
                    fA[j] = y[m][base];
                    fB[j] = y[m][base + 1];
                    for (int i = 0; i < k; i++) fAB[i][j] = y[m][base + 2 + i];
                }
                SobolIndices.Result r = SobolIndices.compute(fA, fB, fAB, RESAMPLES, CONFIDENCE, BOOTSTRAP_SEED);
                for (int i = 0; i < k; i++) {
                    rows.add(new Row("sobol", metrics.get(m), params.get(i), "S1", r.s1()[i]));
                    rows.add(new Row("sobol", metrics.get(m), params.get(i), "ST", r.st()[i]));
                }
            }
        } else {
            MorrisDesign md = (MorrisDesign) design;
            int r = md.trajectories();
            if (r < 2) throw new UsageException("the sweep in " + dir + " has " + r + " trajectory; Morris indices need at least 2 (design r)");
            samples = r;
            for (int m = 0; m < metrics.size(); m++) {
                double[][] ee = elementaryEffects(md, y[m]);
                MorrisIndices.Result res = MorrisIndices.compute(ee, RESAMPLES, CONFIDENCE, BOOTSTRAP_SEED);
                for (int i = 0; i < k; i++) {
                    rows.add(new Row("morris", metrics.get(m), params.get(i), "mu_star", res.muStar()[i]));
                    rows.add(new Row("morris", metrics.get(m), params.get(i), "sigma", res.sigma()[i]));
                }
            }
        }
        Map<String, Object> sweep = new LinkedHashMap<>();
        sweep.put("directory", dir.toAbsolutePath().normalize().toString());
        sweep.put("sweep_json_sha256", Sha256.hex(man.bytes()));
        sweep.put("points_sha256", Sha256.hexSoFar(st.points()));
        sweep.put("results_sha256", Sha256.hexSoFar(st.results()));
        return new Report(type, man.title(), params, metrics, samples, rows, sweep);
    }

    /** What one metric's indices can tell: {@code SHOWN} draws the bars; otherwise {@code message} says why not. */
    public record Verdict(Kind kind, String metric, String message) {
        public enum Kind { SHOWN, ALL_ZERO, TOO_SMALL }
    }

    /** Half-width of a Sobol ST interval that separates inputs well enough to rank them (used to size a bigger design). */
    static final double SOBOL_TARGET_HALF_WIDTH = 0.1;

    /**
     * Whether the indices of {@code metric} can rank the inputs. ALL_ZERO: every index is zero (or undefined), so
     * the metric took one value in every run. TOO_SMALL: every interval of the ranking index (Sobol ST, Morris mu*)
     * is zero or too wide to tell anything: a Sobol interval spanning [0, 1], a Morris interval reaching down to 0.
     * The message then says how large a design would narrow the intervals enough, from the rule that a bootstrap
     * interval shrinks as one over the square root of the sample size.
     */
    public static Verdict verdict(Report rep, String metric) {
        boolean sobol = rep.method().equals("sobol");
        String rank = sobol ? "ST" : "mu_star";
        boolean allZero = true, uninformative = true;
        List<SobolIndices.Estimate> wide = new ArrayList<>();
        SobolIndices.Estimate top = null;
        for (Row r : rep.rows()) {
            if (!r.metric().equals(metric)) continue;
            SobolIndices.Estimate e = r.estimate();
            boolean zero = !Double.isFinite(e.value()) || (e.value() == 0 && zeroOrNaN(e.low()) && zeroOrNaN(e.high()));
            allZero &= zero;
            if (!r.index().equals(rank) || zero) continue;
            boolean tellsNothing = Double.isFinite(e.low()) && Double.isFinite(e.high()) && e.low() <= 0 && (!sobol || e.high() >= 1);
            uninformative &= tellsNothing;
            if (tellsNothing) wide.add(e);
            if (top == null || e.value() > top.value()) top = e;
        }
        if (allZero) {
            return new Verdict(Verdict.Kind.ALL_ZERO, metric, "Every index of " + metric + " is zero: it took the same value in every run of "
                    + "this sweep (for a probability: no run, or every run, had signed by then), so no input can be told from another. "
                    + "Choose a metric that varies across the runs, or wider parameter ranges.");
        }
        if (!uninformative || wide.isEmpty()) return new Verdict(Verdict.Kind.SHOWN, metric, "");
        double[] half = wide.stream().mapToDouble(e -> (e.high() - e.low()) / 2).sorted().toArray();
        double typical = half[half.length / 2];
        if (sobol) {
            double factor = Math.pow(typical / SOBOL_TARGET_HALF_WIDTH, 2);
            long n = Long.highestOneBit(Math.max(2L * rep.samples(), (long) Math.ceil(rep.samples() * factor)) - 1) << 1;
            return new Verdict(Verdict.Kind.TOO_SMALL, metric, String.format(java.util.Locale.ROOT,
                    "This design is too small to separate the inputs: every interval of %s spans [0, 1] or is zero. "
                            + "Use n >= %d base samples (this sweep has %d: set n: %d in the sweep file's design); more replications "
                            + "per point also help when few runs differ.", metric, n, rep.samples(), n));
        }
        double topHalf = (top.high() - top.low()) / 2;
        double factor = Math.pow(topHalf / (0.5 * top.value()), 2);
        long r = 10 * (long) Math.ceil(Math.max(2.0 * rep.samples(), rep.samples() * factor) / 10);
        return new Verdict(Verdict.Kind.TOO_SMALL, metric, String.format(java.util.Locale.ROOT,
                "This design is too small to separate the inputs: no input's effect on %s can be told from zero (every mu* interval "
                        + "reaches 0). Use r >= %d trajectories (this sweep has %d: set r: %d in the sweep file's design); more "
                        + "replications per point also help when few runs differ.", metric, r, rep.samples(), r));
    }

    private static boolean zeroOrNaN(double x) { return x == 0 || Double.isNaN(x); }

    /** ee[t][i]: change of y over the change of parameter i (as a fraction of its range) along trajectory t. */
    public static double[][] elementaryEffects(MorrisDesign md, double[] y) {
        int k = md.dimensions(), r = md.trajectories();
        double[][] ee = new double[r][k];
        for (int t = 0; t < r; t++) {
            double[][] pts = md.trajectory(t);
            for (int s = 1; s <= k; s++) {
                int d = -1;
                for (int i = 0; i < k; i++) if (pts[s][i] != pts[s - 1][i]) d = i;
                int p = t * (k + 1) + s;
                ee[t][d] = (y[p] - y[p - 1]) / (pts[s][d] - pts[s - 1][d]);
            }
        }
        return ee;
    }

    /** Mean over replications of each metric at each point: [metric][point]. Streams the file. */
    static double[][] pointMeans(Path results, List<String> metrics, int points) {
        Map<String, Integer> mi = new HashMap<>();
        for (int i = 0; i < metrics.size(); i++) mi.put(metrics.get(i), i);
        double[][] sum = new double[metrics.size()][points];
        int[][] count = new int[metrics.size()][points];
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long line = 1;
        try (Reader r = Files.newBufferedReader(results, StandardCharsets.UTF_8);
             MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(r)) {
            if (it.hasNext()) it.next(); // header
            while (it.hasNext()) {
                String[] row = it.next();
                line++;
                if (row.length != 4) throw new ScenarioException(results, (int) line, 1, "expected 4 cells, found " + row.length, HINT);
                Integer m = mi.get(row[2]);
                if (m == null) throw new ScenarioException(results, (int) line, 1, "metric '" + row[2] + "' is not in sweep.json", HINT);
                int p = Integer.parseInt(row[0]);
                if (p < 0 || p >= points) throw new ScenarioException(results, (int) line, 1, "point " + p + " is outside the design", HINT);
                if (row[3].isEmpty()) continue;
                if (!NUMBER.matcher(row[3]).matches()) throw new ScenarioException(results, (int) line, 1, "'" + row[3] + "' is not a number TreatySim writes", HINT);
                sum[m][p] += Double.parseDouble(row[3]);
                count[m][p]++;
            }
        } catch (IOException e) {
            throw new ScenarioException(results, "cannot read: " + e.getMessage(), "check the file and its permissions");
        } catch (NumberFormatException e) {
            throw new ScenarioException(results, (int) line, 1, "not a number (" + e.getMessage() + ")", HINT);
        }
        for (int m = 0; m < sum.length; m++) {
            for (int p = 0; p < points; p++) {
                if (count[m][p] == 0) throw new ScenarioException(results, "has no value of " + metrics.get(m) + " at point " + p, HINT);
                sum[m][p] /= count[m][p];
            }
        }
        return sum;
    }

    /** The output-directory owner of sensitivity results. */
    public static final OutputDir.Owner OWNER = OutputDir.Owner.results("sensitivity");

    /**
     * Writes sensitivity.csv and the charts into {@code o} and commits it with {@code manifest} (plus the method,
     * its settings and the checksums of the sweep). Returns the files written.
     */
    public static List<Path> write(Report rep, OutputDir o, Map<String, Object> manifest) {
        List<String> names = new ArrayList<>();
        try {
            List<String[]> lines = new ArrayList<>();
            lines.add(HEADER.toArray(new String[0]));
            for (Row r : rep.rows()) {
                SobolIndices.Estimate e = r.estimate();
                lines.add(new String[] {r.method(), r.metric(), r.parameter(), r.index(), Decimals.format(e.value()), Decimals.format(e.low()), Decimals.format(e.high())});
            }
            Files.write(o.file("sensitivity.csv"), CsvTable.strictBytes(lines));
            names.add("sensitivity.csv");
            for (String metric : rep.metrics()) {
                String slug = "sensitivity-" + metric.replaceAll("[^A-Za-z0-9.-]+", "_").replace("..", "_to_");
                SensitivityChart chart = new SensitivityChart(rep, metric);
                chart.writePng(o.file(slug + ".png"));
                chart.writeSvg(o.file(slug + ".svg"));
                names.add(slug + ".png");
                names.add(slug + ".svg");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw OutputException.writing(o.target(), e);
        }
        Map<String, Object> m = new LinkedHashMap<>(manifest);
        m.put("method", rep.method());
        m.put("resamples", RESAMPLES);
        m.put("confidence", CONFIDENCE);
        m.put("bootstrap_seed", BOOTSTRAP_SEED);
        m.put("sweep", rep.sweep());
        List<Object> notes = new ArrayList<>(); // why a chart shows words instead of bars
        for (String metric : rep.metrics()) {
            Verdict v = verdict(rep, metric);
            if (v.kind() == Verdict.Kind.SHOWN) continue;
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("metric", metric);
            note.put("kind", v.kind().name().toLowerCase(java.util.Locale.ROOT));
            note.put("message", v.message());
            notes.add(note);
        }
        m.put("notes", notes);
        o.commit(m);
        return names.stream().map(n -> o.target().resolve(n)).toList();
    }
}
