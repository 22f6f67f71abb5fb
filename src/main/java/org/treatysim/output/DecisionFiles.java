package org.treatysim.output;

import org.treatysim.experiment.DecisionRecord;
import org.treatysim.experiment.DecisionTally;
import org.treatysim.io.CsvTable;
import org.treatysim.io.Decimals;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agents' decisions as files: {@code decisions.csv}, one row per decision of every replication, streamed in
 * replication order while the run computes; and the {@code decisions} section of {@code summary.json}.
 */
public final class DecisionFiles {
    public static final List<String> HEADER = List.of("replication", "date", "actor", "decision", "option", "value", "cause");

    private DecisionFiles() {}

    /** Writes each replication's decisions as they arrive (in replication order). Close it when done. */
    public static final class Writer implements AutoCloseable {
        private final CsvTable table;
        private final Scenario scenario;

        public Writer(Path file, Scenario scenario) {
            this.table = CsvTable.create(file, HEADER);
            this.scenario = scenario;
        }

        public void replication(int rep, List<DecisionRecord> records) {
            for (DecisionRecord r : records) {
                table.row(rep, scenario.monthAt(r.month()).toString(), r.actor().name(), r.rule(), r.option(), r.value(), r.cause());
            }
        }

        @Override public void close() { table.close(); }
    }

    /**
     * For each decision that fired: the share of replications in which it fired, firings per replication, and the
     * month it first fired (median and 90% range over the replications where it fired).
     */
    public static Map<String, Object> summary(Scenario s, DecisionTally t) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, DecisionTally.Entry> e : t.entries().entrySet()) {
            String k = e.getKey();
            long all = 0;
            for (int m = 0; m < t.months(); m++) all += e.getValue().all(m);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("share_of_replications", Decimals.round(t.share(k)));
            x.put("firings_per_replication", Decimals.round(all / (double) t.replications()));
            x.put("first_month_median", s.monthAt(t.medianFirstMonth(k)).toString());
            x.put("first_month_p05", s.monthAt(t.quantileFirstMonth(k, 0.05)).toString());
            x.put("first_month_p95", s.monthAt(t.quantileFirstMonth(k, 0.95)).toString());
            out.put(k, x);
        }
        return out;
    }
}
