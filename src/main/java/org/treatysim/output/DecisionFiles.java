package org.treatysim.output;

import org.treatysim.experiment.DecisionRecord;
import org.treatysim.io.CsvTable;
import org.treatysim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

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
}
