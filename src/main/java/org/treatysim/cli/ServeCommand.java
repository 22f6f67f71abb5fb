package org.treatysim.cli;

import org.treatysim.io.UsageException;
import org.treatysim.output.Manifest;
import org.treatysim.scenario.Var;
import org.treatysim.web.ClassToken;
import org.treatysim.web.ServeSettings;
import org.treatysim.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves TreatySim to a class in the browser: the gallery of scenarios, the replay, a what-if builder, "
                + "comparisons on common random numbers, and every result file to download. Nothing to install on the students' side.",
                "Listens on 127.0.0.1 by default. Bound to any other address it requires a class token, printed at start in the "
                + "link the students open. Runs go through a bounded queue on a fixed pool of workers; identical requests share one "
                + "run and its cached result. See docs/classroom.md."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every network interface.")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Folder of the scenarios to offer; a student's what-if may extend only these (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Option(names = "--workers", paramLabel = "N", description = "Runs computed at once, one core each (default: all cores).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "50", description = "Runs that may wait for a worker (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--jobs-per-student", paramLabel = "N", defaultValue = "3",
            description = "Unfinished runs one browser may wait for at once (default: ${DEFAULT-VALUE}).")
    int jobsPerStudent;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "1000",
            description = "Most replications one run may ask for (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Option(names = "--default-replications", paramLabel = "N", defaultValue = "200",
            description = "Replications the pages offer first (default: ${DEFAULT-VALUE}).")
    int defaultReplications;

    @Option(names = "--max-whatifs", paramLabel = "N", defaultValue = "4", description = "Most what-ifs in one compare (default: ${DEFAULT-VALUE}).")
    int maxWhatifs;

    @Option(names = "--max-yaml-kb", paramLabel = "KB", defaultValue = "256", description = "Largest scenario text accepted (default: ${DEFAULT-VALUE} KB).")
    int maxYamlKb;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "512", description = "Memory kept for finished results (default: ${DEFAULT-VALUE} MB).")
    int cacheMb;

    @Option(names = "--token", paramLabel = "T",
            description = "Class token to require (default: a random one when --host is not a loopback address; none on loopback).")
    String token;

    @Override public Integer call() throws InterruptedException {
        int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        String t = token != null ? token : ServeSettings.isLoopback(host) ? null : ClassToken.generate();
        ServeSettings settings = new ServeSettings(host, port, scenarios, w, queue, jobsPerStudent, maxReplications,
                defaultReplications, maxWhatifs, maxYamlKb * 1024, cacheMb * 1024L * 1024L, t);
        checkMemory(settings, Runtime.getRuntime().maxMemory());
        WebServer server = WebServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "treatysim-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "TreatySim %s class server: %d scenarios from %s%n", Manifest.version(), server.gallery().entries().size(), scenarios);
        for (String s : server.gallery().skipped()) out.println("  not offered: " + s);
        List<String> links = links(host, server.port(), t);
        out.println(t == null ? "Open in a browser on this machine:" : "Class token required. Students open:");
        for (String l : links) out.println("  " + l);
        out.printf(Locale.ROOT, "Limits: %d runs at once, %d waiting, %d per student; up to %d replications (%d offered first), %d what-ifs per compare, "
                        + "scenario texts up to %d KB; %d MB of results kept.%n",
                w, queue, jobsPerStudent, maxReplications, defaultReplications, maxWhatifs, maxYamlKb, cacheMb);
        out.println("Press Ctrl-C to stop the server.");
        out.flush();
        new CountDownLatch(1).await();
        return Cli.EXIT_OK;
    }

    /** The links to print: the bound address, or every non-loopback IPv4 address when bound to all of them. */
    public static List<String> links(String host, int port, String token) {
        List<String> hosts = new ArrayList<>();
        try {
            InetAddress a = InetAddress.getByName(host);
            if (a.isAnyLocalAddress()) {
                for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    if (!ni.isUp() || ni.isLoopback()) continue;
                    for (InetAddress x : Collections.list(ni.getInetAddresses())) {
                        if (x instanceof Inet4Address && !x.isLoopbackAddress()) hosts.add(x.getHostAddress());
                    }
                }
                if (hosts.isEmpty()) hosts.add(InetAddress.getLocalHost().getHostName());
            } else {
                hosts.add(a instanceof java.net.Inet6Address ? "[" + a.getHostAddress() + "]" : host);
            }
        } catch (SocketException | java.net.UnknownHostException e) {
            hosts.add(host);
        }
        List<String> out = new ArrayList<>();
        for (String h : hosts) out.add("http://" + h + ":" + port + "/" + (token == null ? "" : "?token=" + token));
        return out;
    }

    /**
     * Refuses settings whose worst case does not fit the heap: each worker holds two scenarios' trajectories of the
     * largest run at once (a compare keeps the base and one what-if), besides the cache.
     */
    static void checkMemory(ServeSettings s, long maxHeap) {
        long perJob = 2L * s.maxReplications() * ServeSettings.REFERENCE_MONTHS * Var.values().length * Float.BYTES;
        long need = s.workers() * perJob + s.cacheBytes();
        if (need > maxHeap * 0.8) {
            throw new UsageException(String.format(Locale.ROOT,
                    "%d workers running %d replications each, plus %d MB of cached results, may need %.1f GB; this JVM has %.1f GB. "
                            + "Lower --workers, --max-replications or --cache-mb, or give Java more memory (TREATYSIM_JAVA_OPTS=-Xmx8g)",
                    s.workers(), s.maxReplications(), s.cacheBytes() >> 20, need / 1e9, maxHeap / 1e9));
        }
    }
}
