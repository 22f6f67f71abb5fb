package org.treatysim.output;

import org.treatysim.analysis.MetricStats;
import org.treatysim.experiment.MonteCarlo;
import org.treatysim.io.CsvTable;
import org.treatysim.io.Json;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
