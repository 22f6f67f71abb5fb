package org.treatysim.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Combines the shards of one sweep into the directory an unsharded run writes, byte for byte. Shards are
 * contiguous slices of the points, so the merge checks that every shard 1..N of the same sweep is there once
 * and complete, then concatenates their CSV bodies in shard order (streaming, in constant memory) and writes
 * the manifest without its shard entry. The output appears all at once (staged, then renamed).
 */
public final class SweepMerge {
    private SweepMerge() {}

    public record Result(Path dir, int shards, int points) {}

    public static Result merge(List<Path> dirs, Path out, boolean force) {
        if (dirs.isEmpty()) throw new IllegalArgumentException("give the shard directories to merge");
        List<Map<String, Object>> mans = new ArrayList<>();
        Map<String, Object> common = null;
        Path commonFrom = null;
        for (Path d : dirs) {
            Map<String, Object> m = SweepManifest.read(d);
            SweepWriter.State st = SweepWriter.state(d);
            if (st.last() == null || !st.last().complete()) {
                throw new IllegalArgumentException(d + " is an unfinished sweep; finish it with `treatysim sweep ... --resume --out " + d + "` before merging");
            }
            Map<String, Object> c = new LinkedHashMap<>(m);
            c.remove("shard");
            if (common == null) { common = c; commonFrom = d; }
            else if (!common.equals(c)) {
                String diff = SweepManifest.firstDifference(SweepManifest.bytes(common), SweepManifest.bytes(c));
                throw new IllegalArgumentException(d + " is not a shard of the same sweep as " + commonFrom + " (" + diff + "); merge only shards of one sweep, one version");
            }
            mans.add(m);
        }
        int count = -1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) mans.get(i).get("shard");
            int idx = s == null ? 1 : ((Number) s.get("index")).intValue();
            int n = s == null ? 1 : ((Number) s.get("count")).intValue();
            if (count == -1) count = n;
            else if (count != n) throw new IllegalArgumentException(dirs.get(i) + " is shard " + idx + "/" + n + " but " + dirs.get(0) + " is one of " + count + " shards");
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> shardIndex(mans.get(i))));
        for (int k = 0; k < order.size(); k++) {
            int idx = shardIndex(mans.get(order.get(k)));
            if (idx != k + 1) {
                throw new IllegalArgumentException(idx > k + 1
                        ? "shard " + (k + 1) + "/" + count + " is missing; give all " + count + " shard directories"
                        : "shard " + idx + "/" + count + " is given twice (" + dirs.get(order.get(k - 1)) + " and " + dirs.get(order.get(k)) + ")");
            }
        }
        if (order.size() != count) throw new IllegalArgumentException("shard " + (order.size() + 1) + "/" + count + " is missing; give all " + count + " shard directories");

        int points = ((Number) ((Map<?, ?>) Objects.requireNonNull(common).get("design")).get("points")).intValue();
        try (OutputDir o = OutputDir.open(out, force)) {
            long pb = concat(dirs, order, SweepWriter.POINTS, o.file(SweepWriter.POINTS));
            long rb = concat(dirs, order, SweepWriter.RESULTS, o.file(SweepWriter.RESULTS));
            Files.write(o.file(SweepWriter.MANIFEST), SweepManifest.bytes(common));
            Files.write(o.file(SweepWriter.JOURNAL), ("complete " + points + " " + pb + " " + rb + "\n").getBytes(StandardCharsets.US_ASCII));
            o.commit();
            return new Result(o.target(), count, points);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge into " + out + ": " + e.getMessage(), e);
        }
    }

    private static int shardIndex(Map<String, Object> m) {
        Object s = m.get("shard");
        return s == null ? 1 : ((Number) ((Map<?, ?>) s).get("index")).intValue();
    }

    /** Writes the first shard's file whole and the others without their header line; returns the bytes written. */
    private static long concat(List<Path> dirs, List<Integer> order, String name, Path to) throws IOException {
        long total = 0;
        byte[] header = null;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(to), 1 << 16)) {
            for (int k = 0; k < order.size(); k++) {
                Path f = dirs.get(order.get(k)).resolve(name);
                try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                    byte[] h = readLine(in);
                    if (header == null) { header = h; out.write(h); total += h.length; }
                    else if (!java.util.Arrays.equals(header, h)) throw new IllegalArgumentException(f + " has a different header from the first shard's");
                    total += in.transferTo(out);
                }
            }
        }
        return total;
    }

    private static byte[] readLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            b.write(c);
            if (c == '\n') break;
        }
        return b.toByteArray();
    }
}
