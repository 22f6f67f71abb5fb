package org.treatysim.output;

import org.treatysim.io.Sha256;
import org.treatysim.io.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the shards of one sweep into the directory an unsharded run writes, byte for byte. Shards are contiguous
 * slices of the points. Before anything is written, every shard is verified ({@link SweepJournal#verify}: manifest,
 * journal, and its files' checksums and row counts), and the merge checks that every shard 1..N of the same sweep is
 * there once and complete. It then concatenates their CSV bodies in shard order (streaming, in constant memory) and
 * writes the manifest without its shard entry, with a journal holding the merged files' checksums. The output
 * appears all at once (staged, then renamed) under the output-directory policy of {@link OutputDir}.
 */
public final class SweepMerge {
    private SweepMerge() {}

    public record Result(Path dir, int shards, int points) {}

    public static Result merge(List<Path> dirs, Path out, boolean force) {
        if (dirs.isEmpty()) throw new UsageException("give the shard directories to merge");
        try (OutputDir o = OutputDir.open(out, force, SweepJournal.OWNER)) {
            List<SweepManifest.Info> infos = new ArrayList<>();
            Map<String, Object> common = null;
            Path commonFrom = null;
            for (Path d : dirs) {
                Path abs = d.toAbsolutePath().normalize();
                if (abs.equals(o.target())) throw new UsageException("the output " + out + " is one of the shards; choose another -o");
                SweepManifest.Info info = SweepJournal.verify(d, true).info();
                Map<String, Object> c = new LinkedHashMap<>(info.map());
                c.remove("shard");
                if (common == null) {
                    common = c;
                    commonFrom = d;
                } else if (!common.equals(c)) {
                    String diff = SweepManifest.firstDifference(SweepManifest.bytes(common), SweepManifest.bytes(c));
                    throw new UsageException(d + " is not a shard of the same sweep as " + commonFrom + " (" + diff + "); merge only shards of one sweep, one version");
                }
                infos.add(info);
            }
            int count = -1;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < dirs.size(); i++) {
                SweepManifest.Info info = infos.get(i);
                int n = info.shard() == null ? 1 : info.shard().count();
                if (count == -1) count = n;
                else if (count != n) throw new UsageException(dirs.get(i) + " is " + info.slice() + " but " + dirs.get(0) + " is one of " + count + " shards");
                order.add(i);
            }
            order.sort(Comparator.comparingInt(i -> index(infos.get(i))));
            for (int k = 0; k < order.size(); k++) {
                int idx = index(infos.get(order.get(k)));
                if (idx != k + 1) {
                    throw new UsageException(idx > k + 1
                            ? "shard " + (k + 1) + "/" + count + " is missing; give all " + count + " shard directories"
                            : "shard " + idx + "/" + count + " is given twice (" + dirs.get(order.get(k - 1)) + " and " + dirs.get(order.get(k)) + ")");
                }
            }
            if (order.size() != count) throw new UsageException("shard " + (order.size() + 1) + "/" + count + " is missing; give all " + count + " shard directories");

            int points = infos.get(0).points();
            byte[] manifest = SweepManifest.bytes(common);
            try {
                MessageDigest pd = Sha256.digest(), rd = Sha256.digest();
                long pb = concat(dirs, order, SweepWriter.POINTS, o.file(SweepWriter.POINTS), pd);
                long rb = concat(dirs, order, SweepWriter.RESULTS, o.file(SweepWriter.RESULTS), rd);
                Files.write(o.file(SweepWriter.MANIFEST), manifest);
                Files.writeString(o.file(SweepWriter.JOURNAL), SweepJournal.header(manifest)
                        + SweepJournal.line(true, points, pb, rb, Sha256.hexSoFar(pd), Sha256.hexSoFar(rd)), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw OutputException.writing(o.target(), e);
            }
            o.commit();
            return new Result(o.target(), count, points);
        }
    }

    private static int index(SweepManifest.Info info) {
        return info.shard() == null ? 1 : info.shard().index();
    }

    /**
     * Writes the first shard's file whole and the others without their header line; returns the bytes written. Shared
     * with {@link RunMerge} (a run's runs.csv and decisions.csv).
     */
    static long concat(List<Path> dirs, List<Integer> order, String name, Path to, MessageDigest md) throws IOException {
        long total = 0;
        byte[] header = null;
        try (OutputStream out = new java.security.DigestOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(to), 1 << 16), md)) {
            for (int k = 0; k < order.size(); k++) {
                Path f = dirs.get(order.get(k)).resolve(name);
                try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                    byte[] h = readLine(in);
                    if (header == null) { header = h; out.write(h); total += h.length; }
                    else if (!java.util.Arrays.equals(header, h)) throw new UsageException(f + " has a different header from the first shard's");
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
