package org.treatysim.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.treatysim.analysis.Peaks;
import org.treatysim.analysis.Summary;
import org.treatysim.experiment.DecisionTally;
import org.treatysim.io.Decimals;
import org.treatysim.io.Json;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json} of a run, typed: written by {@code run} and {@code merge} and read back by the web's result
 * page (which shows the file's own numbers). Numbers are rounded as the CSV files round them ({@link Decimals}).
 *
 * @param ci90      the 90% interval of {@code p_treaty_by_end}
 * @param decisions per {@code rule=option} that fired (empty for the scripted null, whose agents decide nothing)
 */
public record RunSummary(String scenario, int replications, long seed, String end,
                         @JsonProperty("p_treaty_by_end") double pTreatyByEnd,
                         @JsonProperty("p_treaty_by_end_ci90") List<Double> ci90,
                         @JsonProperty("replications_signed") int signed,
                         @JsonProperty("mean_islands_if_signed") Double meanIslandsIfSigned,
                         @JsonProperty("peak_hazard_annual") double peakHazard,
                         @JsonProperty("peak_month") String peakMonth,
                         List<Window> windows,
                         Map<String, Decision> decisions) {

    /** A window of heightened hazard: its peak month and hazard, and its span. */
    public record Window(String peak, @JsonProperty("hazard_annual") double hazard, String from, String to) {}

    /** One decision over the replications: how often and when it first fired (median and 90% range). */
    public record Decision(@JsonProperty("share_of_replications") double share,
                           @JsonProperty("firings_per_replication") double firingsPerReplication,
                           @JsonProperty("first_month_median") String firstMonthMedian,
                           @JsonProperty("first_month_p05") String firstMonthP05,
                           @JsonProperty("first_month_p95") String firstMonthP95) {}

    /** The summary of a run's statistics, with its decisions. */
    public static RunSummary of(Summary sum, Map<String, Decision> decisions) {
        List<Window> ws = new ArrayList<>();
        for (Peaks.Window w : sum.windows()) ws.add(new Window(w.peak().toString(), Decimals.round(w.peakHazard()), w.from().toString(), w.to().toString()));
        return new RunSummary(sum.scenario(), sum.replications(), sum.seed(), sum.end().toString(), Decimals.round(sum.pTreatyByEnd()),
                List.of(Decimals.round(sum.pTreatyByEndCi90()[0]), Decimals.round(sum.pTreatyByEndCi90()[1])), sum.signed(),
                Double.isNaN(sum.meanIslandsIfSigned()) ? null : Decimals.round(sum.meanIslandsIfSigned()),
                Decimals.round(sum.peakHazard()), sum.peakMonth() == null ? null : sum.peakMonth().toString(), List.copyOf(ws), decisions);
    }

    /**
     * For each decision that fired: the share of replications in which it fired, firings per replication, and the
     * month it first fired (median and 90% range over the replications where it fired).
     */
    public static Map<String, Decision> decisions(Scenario s, DecisionTally t) {
        Map<String, Decision> out = new LinkedHashMap<>();
        for (Map.Entry<String, DecisionTally.Entry> e : t.entries().entrySet()) {
            String k = e.getKey();
            long all = 0;
            for (int m = 0; m < t.months(); m++) all += e.getValue().all(m);
            out.put(k, new Decision(Decimals.round(t.share(k)), Decimals.round(all / (double) t.replications()),
                    s.monthAt(t.medianFirstMonth(k)).toString(), s.monthAt(t.quantileFirstMonth(k, 0.05)).toString(),
                    s.monthAt(t.quantileFirstMonth(k, 0.95)).toString()));
        }
        return out;
    }

    /** Reads a summary.json as a run wrote it. */
    public static RunSummary read(byte[] json) {
        try {
            return Json.MAPPER.readValue(json, RunSummary.class);
        } catch (IOException e) {
            throw new UncheckedIOException("summary.json cannot be read back: " + e.getMessage(), e);
        }
    }
}
