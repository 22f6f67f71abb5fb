package org.treatysim.output;

import org.treatysim.analysis.MetricStats;
import org.treatysim.analysis.Peaks;
import org.treatysim.analysis.Summary;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.io.CsvTable;
import org.treatysim.io.Decimals;
import org.treatysim.io.Json;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writers for the files of a run: trajectory.csv, runs.csv (streamed) and summary.json. */
public final class RunFiles {
    public static final List<String> TRAJECTORY_HEADER = List.of("scenario", "date", "metric", "mean", "p05", "p25", "p50", "p75", "p95");
    public static final List<String> RUNS_HEADER = List.of("replication", "seed", "signed", "date_signed", "islands");

    private RunFiles() {}

    /** Long format: one row per month and metric, months in order, metrics in a fixed order within a month. */
    public static void writeTrajectory(Writer w, Scenario s, Map<String, MetricStats> stats) {
        try (CsvTable t = new CsvTable(w, TRAJECTORY_HEADER)) {
            trajectoryRows(t, s, stats);
        }
    }

    /** The rows of {@link #writeTrajectory} into a table with {@link #TRAJECTORY_HEADER} (compare writes several scenarios). */
    static void trajectoryRows(CsvTable t, Scenario s, Map<String, MetricStats> stats) {
        int months = s.months();
        for (int m = 0; m < months; m++) {
            String date = s.monthAt(m).toString();
            for (MetricStats ms : stats.values()) {
                t.row(s.name(), date, ms.metric(), ms.mean()[m], ms.p05()[m], ms.p25()[m], ms.p50()[m], ms.p75()[m], ms.p95()[m]);
            }
        }
    }

    /** runs.csv, one row per replication, written as the replications finish (in replication order). Close it when done. */
    public static final class Runs implements AutoCloseable {
        private final CsvTable table;
        private final Scenario scenario;

        public Runs(Path file, Scenario scenario) {
            this.table = CsvTable.create(file, RUNS_HEADER);
            this.scenario = scenario;
        }

        public void row(MonteCarlo.Outcome o) {
            int step = o.signedStep();
            table.row(o.replication(), Long.toUnsignedString(o.modelSeed()), step >= 0, step >= 0 ? scenario.monthAt(step).toString() : "",
                    step >= 0 ? o.islands() : Double.NaN);
        }

        @Override public void close() { table.close(); }
    }

    public static Map<String, Object> summaryJson(Summary sum) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", sum.scenario());
        m.put("replications", sum.replications());
        m.put("seed", sum.seed());
        m.put("end", sum.end().toString());
        m.put("p_treaty_by_end", Decimals.round(sum.pTreatyByEnd()));
        m.put("p_treaty_by_end_ci90", List.of(Decimals.round(sum.pTreatyByEndCi90()[0]), Decimals.round(sum.pTreatyByEndCi90()[1])));
        m.put("replications_signed", sum.signed());
        m.put("mean_islands_if_signed", Double.isNaN(sum.meanIslandsIfSigned()) ? null : Decimals.round(sum.meanIslandsIfSigned()));
        m.put("peak_hazard_annual", Decimals.round(sum.peakHazard()));
        m.put("peak_month", sum.peakMonth() == null ? null : sum.peakMonth().toString());
        List<Object> ws = new ArrayList<>();
        for (Peaks.Window w : sum.windows()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("peak", w.peak().toString());
            x.put("hazard_annual", Decimals.round(w.peakHazard()));
            x.put("from", w.from().toString());
            x.put("to", w.to().toString());
            ws.add(x);
        }
        m.put("windows", ws);
        return m;
    }

    public static void writeJson(Path file, Object value) {
        try (OutputStream os = Files.newOutputStream(file)) {
            Json.MAPPER.writeValue(os, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Writer writer(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
