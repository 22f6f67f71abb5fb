package org.treatysim.experiment.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep design: a deterministic list of points in the unit hypercube [0,1]^k, addressable by index so that any
 * slice (a shard, a resumed tail) can be generated without the rest. A sweep maps coordinate {@code u} of a
 * parameter to {@code low + u (high - low)} of its sweep range.
 */
public interface Design {
    /** The design's name as a sweep file writes it: grid, lhs, sobol, morris. */
    String type();

    int dimensions();

    /** Number of points. */
    int points();

    /** Coordinates of point {@code p} (0-based), each in [0,1]. Not thread-safe: call from one thread. */
    double[] unit(int p);

    /**
     * The group of point {@code p} for common random numbers: points of one group are compared with each other by
     * the sensitivity estimators (a Saltelli base row, a Morris trajectory). Other designs: every point alone.
     */
    default int group(int p) { return p; }

    /** The settings that rebuild this design (with the dimension count and seed), for the sweep manifest. */
    Map<String, Object> settings();

    /** Rebuilds a design from its manifest settings, as {@link #settings()} wrote them. */
    static Design fromSettings(Map<String, Object> s, int dimensions, long seed) {
        String type = String.valueOf(s.get("type"));
        return switch (type) {
            case "grid" -> {
                @SuppressWarnings("unchecked") List<Number> lv = (List<Number>) s.get("levels");
                int[] levels = new int[lv.size()];
                for (int i = 0; i < levels.length; i++) levels[i] = lv.get(i).intValue();
                yield new GridDesign(levels);
            }
            case "lhs" -> new LatinHypercube(((Number) s.get("n")).intValue(), dimensions, seed);
            case "sobol" -> new SaltelliDesign(((Number) s.get("n")).intValue(), dimensions);
            case "morris" -> new MorrisDesign(((Number) s.get("r")).intValue(), ((Number) s.get("levels")).intValue(), dimensions, seed);
            default -> throw new IllegalArgumentException("unknown design type '" + type + "' in the sweep manifest");
        };
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    /** Largest number of points a design may have. */
    int MAX_POINTS = 50_000_000;
}
