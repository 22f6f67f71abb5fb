package org.treatysim.output;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places event labels in a band above a chart's data area so that no label overlaps another label or any event's
 * line. Each event has a vertical line at its x position in the data area; above it a leader continues the line to
 * the event's label. Two layouts:
 * <ul>
 *   <li><b>lanes</b>: horizontal labels in rows, each starting just right of its line (or ending just left of it
 *       near the right edge). A leader crosses every lane below its label, so a label spanning another event's
 *       line sits in a higher lane than that event's label. Easy to read, and compact for a few events; a long
 *       dense timeline needs many lanes.</li>
 *   <li><b>spread</b>: vertical labels in one row, each as close above its line as the labels' widths allow
 *       (pushed apart in order, clusters centred on their events), joined to it by a bent leader. Leaders keep the
 *       events' order, so they never cross. The band is as tall as the longest label.</li>
 * </ul>
 * A chart uses lanes when they need at most {@link #MAX_LANES} rows, else the spread.
 */
final class EventLabels {
    /** Horizontal gap between a line and its label, and the least gap between a line and any other label. */
    static final double LINE_GAP = 5, LINE_CLEARANCE = 3;
    /** Least gap between two labels side by side. */
    static final double LABEL_GAP = 10, SPREAD_GAP = 5;
    /** Vertical gaps: between the data area and the lowest lane; lanes' padding; height of a spread's bend. */
    static final double GAP = 6, LANE_PAD = 6, BEND = 30;
    static final int MAX_LANES = 5;

    private EventLabels() {}

    /** An event to label: its line's x and its label's width (pixels, as drawn horizontally). */
    record Item(double x, double width) {}

    /**
     * A layout: for each item (in the order given), its label box and its leader from the top of the data area up
     * to the label; {@code vertical} if the labels are drawn rotated (reading upward); {@code height} the band
     * height it needs above the data area.
     */
    record Layout(List<Rectangle2D> boxes, List<List<Point2D>> leaders, boolean vertical, double height, int lanes) {
        List<Line2D> segments(int i) {
            List<Line2D> out = new ArrayList<>();
            List<Point2D> p = leaders.get(i);
            for (int k = 1; k < p.size(); k++) out.add(new Line2D.Double(p.get(k - 1), p.get(k)));
            return out;
        }
    }

    // ------------------------------------------------------------------ lanes

    static Layout lanes(List<Item> items, double minX, double maxX, double dataTop, double textHeight) {
        int n = items.size();
        Integer[] order = byX(items);
        boolean[] right = new boolean[n];
        double[] left = new double[n], rightEdge = new double[n];
        // Labels start right of their line unless they would run past maxX.
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            right[i] = it.x() + LINE_GAP + it.width() <= maxX || it.x() - LINE_GAP - it.width() < minX;
            extent(it, right[i], left, rightEdge, i);
        }
        // A label right of its line must not span the line of a label left of its own line (each would have to be
        // above the other): from right to left, such a label moves left of its line too.
        for (int k = n - 1; k >= 0; k--) {
            int j = order[k];
            if (!right[j] || items.get(j).x() - LINE_GAP - items.get(j).width() < minX) continue;
            for (int i = 0; i < n; i++) {
                if (!right[i] && covers(left[j], rightEdge[j], items.get(i).x())) {
                    right[j] = false;
                    extent(items.get(j), false, left, rightEdge, j);
                    break;
                }
            }
        }
        // Place each label after the labels of the lines it spans: right-of-line labels from right to left, then
        // left-of-line labels from left to right.
        List<Integer> sequence = new ArrayList<>();
        for (int k = n - 1; k >= 0; k--) if (right[order[k]]) sequence.add(order[k]);
        for (int k = 0; k < n; k++) if (!right[order[k]]) sequence.add(order[k]);
        int[] lane = new int[n];
        boolean[] placed = new boolean[n];
        int lanes = 0;
        for (int j : sequence) {
            int l = 0;
            for (int i = 0; i < n; i++) {
                if (i != j && placed[i] && covers(left[j], rightEdge[j], items.get(i).x())) l = Math.max(l, lane[i] + 1);
            }
            while (!laneFree(j, l, lane, placed, left, rightEdge)) l++;
            for (int i = 0; i < n; i++) {
                // j's leader would cross a label placed before it. The order above prevents this unless labels wider
                // than a third of the span make a cycle: then lanes cannot work (the caller spreads the labels instead).
                if (placed[i] && lane[i] <= l && covers(left[i], rightEdge[i], items.get(j).x())) {
                    return new Layout(List.of(), List.of(), false, Double.POSITIVE_INFINITY, Integer.MAX_VALUE);
                }
            }
            lane[j] = l;
            placed[j] = true;
            lanes = Math.max(lanes, l + 1);
        }
        double laneHeight = textHeight + LANE_PAD;
        List<Rectangle2D> boxes = new ArrayList<>();
        List<List<Point2D>> leaders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double bottom = dataTop - GAP - lane[i] * laneHeight - LANE_PAD / 2;
            Rectangle2D b = new Rectangle2D.Double(left[i], bottom - textHeight, rightEdge[i] - left[i], textHeight);
            boxes.add(b);
            double x = items.get(i).x();
            leaders.add(List.of(new Point2D.Double(x, dataTop), new Point2D.Double(x, b.getCenterY())));
        }
        return new Layout(boxes, leaders, false, lanes == 0 ? 0 : GAP + lanes * laneHeight + 2, lanes);
    }

    private static void extent(Item it, boolean right, double[] left, double[] rightEdge, int i) {
        if (right) {
            left[i] = it.x() + LINE_GAP;
            rightEdge[i] = left[i] + it.width();
        } else {
            rightEdge[i] = it.x() - LINE_GAP;
            left[i] = rightEdge[i] - it.width();
        }
    }

    /** Whether a label spanning [l, r] lies over (or too near) a line at x. */
    static boolean covers(double l, double r, double x) {
        return x >= l - LINE_CLEARANCE && x <= r + LINE_CLEARANCE;
    }

    /** Lane l is free for label j: no placed label there within LABEL_GAP. */
    private static boolean laneFree(int j, int l, int[] lane, boolean[] placed, double[] left, double[] right) {
        for (int i = 0; i < lane.length; i++) {
            if (placed[i] && lane[i] == l && left[j] < right[i] + LABEL_GAP && left[i] < right[j] + LABEL_GAP) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ spread

    static Layout spread(List<Item> items, double minX, double maxX, double dataTop, double textHeight) {
        int n = items.size();
        Integer[] order = byX(items);
        double pitch = textHeight + SPREAD_GAP;
        double lo = minX + textHeight / 2, hi = maxX - textHeight / 2;
        if (!fitsSpread(n, maxX - minX, textHeight)) pitch = (hi - lo) / (n - 1); // the caller should have used a smaller font
        // Pool adjacent violators: clusters of labels at the pitch, each centred on the mean of its events' x.
        double[] start = new double[n];
        int[] first = new int[n], count = new int[n];
        int clusters = 0;
        for (int k = 0; k < n; k++) {
            first[clusters] = k;
            count[clusters] = 1;
            start[clusters] = clamp(items.get(order[k]).x(), lo, hi);
            clusters++;
            while (clusters > 1 && start[clusters - 2] + count[clusters - 2] * pitch > start[clusters - 1]) {
                int a = clusters - 2;
                count[a] += count[clusters - 1];
                clusters--;
                double sum = 0;
                for (int m = 0; m < count[a]; m++) sum += items.get(order[first[a] + m]).x() - m * pitch;
                start[a] = clamp(sum / count[a], lo, hi - (count[a] - 1) * pitch);
            }
        }
        double[] pos = new double[n];
        for (int c = 0; c < clusters; c++) for (int m = 0; m < count[c]; m++) pos[order[first[c] + m]] = start[c] + m * pitch;
        double longest = 0;
        for (Item it : items) longest = Math.max(longest, it.width());
        double bottom = dataTop - BEND;
        List<Rectangle2D> boxes = new ArrayList<>();
        List<List<Point2D>> leaders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = items.get(i).x(), p = pos[i];
            boxes.add(new Rectangle2D.Double(p - textHeight / 2, bottom - 3 - items.get(i).width(), textHeight, items.get(i).width()));
            leaders.add(List.of(new Point2D.Double(x, dataTop), new Point2D.Double(x, dataTop - 6),
                    new Point2D.Double(p, bottom + 6), new Point2D.Double(p, bottom - 3)));
        }
        return new Layout(boxes, leaders, true, n == 0 ? 0 : BEND + 3 + longest + 4, n == 0 ? 0 : 1);
    }

    /** Whether n vertical labels of this height fit side by side in a span this wide. */
    static boolean fitsSpread(int n, double span, double textHeight) {
        return n <= 1 || (span - textHeight) / (n - 1) >= textHeight + SPREAD_GAP;
    }

    private static double clamp(double x, double lo, double hi) { return Math.max(lo, Math.min(hi, x)); }

    private static Integer[] byX(List<Item> items) {
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> items.get(i).x()));
        return order;
    }
}
