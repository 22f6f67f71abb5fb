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
    Settings settings();

    /**
     * A design's settings as a sweep's manifest records them: the type, and n (lhs, sobol), r and levels (morris), or
     * the levels of each parameter (grid); the others are 0 or empty.
     */
    record Settings(String type, int n, int r, int levels, List<Integer> gridLevels) {
        /** The manifest's {@code design} entries, in the order they are written (the type's own fields only). */
        public Map<String, Object> entries() {
            return switch (type) {
                case "grid" -> map("type", type, "levels", gridLevels);
                case "morris" -> map("type", type, "r", r, "levels", levels);
                default -> map("type", type, "n", n);
            };
        }
    }

    /** Rebuilds a design from its settings, as {@link #settings()} gives them and a sweep's manifest records them. */
    static Design fromSettings(Settings s, int dimensions, long seed) {
        return switch (s.type()) {
            case "grid" -> new GridDesign(s.gridLevels().stream().mapToInt(Integer::intValue).toArray());
            case "lhs" -> new LatinHypercube(s.n(), dimensions, seed);
            case "sobol" -> new SaltelliDesign(s.n(), dimensions);
            case "morris" -> new MorrisDesign(s.r(), s.levels(), dimensions, seed);
            default -> throw new IllegalArgumentException("unknown design type '" + s.type() + "' in the sweep manifest");
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
