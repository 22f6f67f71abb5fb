package org.treatysim.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How a class server runs: where it listens, which scenarios it ships, how many runs it computes at once and
 * queues, and what one request may ask for. Every limit is checked when the server starts; a request over a
 * limit gets a 4xx answer that names the limit.
 *
 * @param host                address to listen on; anything but a loopback address requires the class token
 * @param port                TCP port (0: any free port)
 * @param scenariosDir        the shipped scenarios: the gallery, and the only files a scenario may extend
 * @param workers             runs computed at once, one thread each
 * @param queueCapacity       runs waiting for a worker; when full, new runs are refused with 503 and Retry-After
 * @param jobsPerClient       unfinished runs one browser may wait for at once; more are refused with 429
 * @param maxReplications     most replications one run may ask for (for a span of {@link #REFERENCE_MONTHS} months; longer spans get proportionally fewer)
 * @param defaultReplications replications when a request names none
 * @param maxWhatifs          most what-ifs in one compare
 * @param maxYamlBytes        largest scenario text accepted, in bytes
 * @param cacheBytes          memory for finished results; the least recently used are dropped first
 * @param token               the class token, or null when none is required
 */
public record ServeSettings(String host, int port, Path scenariosDir, int workers, int queueCapacity, int jobsPerClient,
                            int maxReplications, int defaultReplications, int maxWhatifs, int maxYamlBytes,
                            long cacheBytes, String token) {
    /** The span of the shipped history (1956-01 to 2025-12): the replication cap holds for spans up to this long. */
    public static final int REFERENCE_MONTHS = 840;

    public ServeSettings {
        check(port >= 0 && port <= 65535, "--port must be between 0 and 65535, got " + port);
        check(workers >= 1 && workers <= 64, "--workers must be between 1 and 64, got " + workers);
        check(queueCapacity >= 0 && queueCapacity <= 10_000, "--queue must be between 0 and 10000, got " + queueCapacity);
        check(jobsPerClient >= 1 && jobsPerClient <= 100, "--jobs-per-student must be between 1 and 100, got " + jobsPerClient);
        check(maxReplications >= 1 && maxReplications <= 100_000, "--max-replications must be between 1 and 100000, got " + maxReplications);
        check(defaultReplications >= 1 && defaultReplications <= maxReplications,
                "--default-replications must be between 1 and --max-replications (" + maxReplications + "), got " + defaultReplications);
        check(maxWhatifs >= 1 && maxWhatifs <= 20, "--max-whatifs must be between 1 and 20, got " + maxWhatifs);
        check(maxYamlBytes >= 1024 && maxYamlBytes <= 8 * 1024 * 1024, "--max-yaml-kb must be between 1 and 8192, got " + maxYamlBytes / 1024);
        check(cacheBytes >= 1024 * 1024, "--cache-mb must be at least 1, got " + cacheBytes / (1024 * 1024));
        check(token == null || token.matches("[A-Za-z0-9_-]{8,128}"), "--token must be 8 to 128 letters, digits, '-' or '_'");
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new org.treatysim.io.UsageException(message);
    }

    /** Largest request body: the scenario texts of the biggest compare, JSON-escaped, plus room for the fields. */
    public long maxBodyBytes() {
        return 2L * maxYamlBytes * (maxWhatifs + 1) + 64 * 1024;
    }

    /** Most replications of a scenario spanning {@code months} months. */
    public int maxReplicationsFor(int months) {
        long cap = (long) maxReplications * REFERENCE_MONTHS / Math.max(months, 1);
        return (int) Math.max(1, Math.min(maxReplications, cap));
    }

    public boolean tokenRequired() {
        return token != null;
    }

    /** True if {@code host} names only this machine (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
