package org.treatysim.analysis.facts;

import org.treatysim.io.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code {type: rank_peaks, windows: [W1, W2, ...]}}: the peak of the mean hazard in each window is at least the peak
 * in the next (the documented order of the windows of opportunity). Measured: the number of adjacent pairs out of
 * order; the loss sums each pair's squared log shortfall.
 */
public final class RankPeaks implements FactTest {
    private final List<Window> windows;

    RankPeaks(List<Window> windows) { this.windows = List.copyOf(windows); }

    static RankPeaks parse(Node n) {
        n.onlyFields(Set.of("type", "windows"));
        List<Window> ws = new ArrayList<>();
        for (Node w : n.required("windows", "a list of windows, highest peak first").elements("windows")) ws.add(Window.parse(w));
        if (ws.size() < 2) throw n.field("windows").error("rank_peaks needs at least two windows", "list the windows, highest peak first");
        return new RankPeaks(ws);
    }

    @Override public Window period(org.treatysim.scenario.Scenario s) {
        Window p = windows.get(0);
        for (Window w : windows) p = new Window(WindowPeakAbove.min(p.from(), w.from()), WindowPeakAbove.max(p.to(), w.to()));
        return p;
    }

    @Override public String type() { return "rank_peaks"; }

    @Override public Outcome evaluate(EvalContext ctx) {
        double[] h = ctx.hazard();
        double[] peaks = new double[windows.size()];
        for (int i = 0; i < peaks.length; i++) peaks[i] = ctx.peak(h, windows.get(i));
        int inversions = 0;
        double loss = 0;
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < peaks.length; i++) {
            if (i > 0) {
                got.append(peaks[i - 1] >= peaks[i] ? " > " : " < ");
                if (!(peaks[i - 1] >= peaks[i])) {
                    inversions++;
                    loss += FactNumbers.logBelow(FactNumbers.div(peaks[i - 1], Math.max(peaks[i], 1e-12)), 1.0);
                }
            }
            got.append(windows.get(i).from().getYear()).append(' ').append(FactNumbers.pct(peaks[i]));
        }
        StringBuilder want = new StringBuilder();
        for (int i = 0; i < windows.size(); i++) want.append(i == 0 ? "" : " >= ").append(windows.get(i).from().getYear());
        return new Outcome(inversions, got.toString(), want.toString(), inversions == 0, loss);
    }
}
