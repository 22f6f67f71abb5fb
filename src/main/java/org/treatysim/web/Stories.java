package org.treatysim.web;

import org.treatysim.output.HtmlReport;
import org.treatysim.output.Story;
import org.treatysim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One replication's history as dated sentences ({@link Story#tell}), for each scenario of a finished result: for a
 * compare, replication k of the base and of each what-if side by side. They share their random numbers (common random
 * numbers), so they tell the same history until the what-if departs; {@code first_difference} says where. A story is
 * one replication per scenario, computed on request (a fraction of a second) with at most {@code parallel} at once and
 * a bounded number of requests waiting for their turn, and kept in a small memory of recent stories so a class asking
 * for the same one costs one computation.
 */
final class Stories {
    /** What the stories of a result need: its scenarios (base first), their file names, replications and seed. */
    record Inputs(List<Scenario> arms, List<String> files, int replications, long seed, String dirLabel) {}

    /** How long a request waits for a free slot before it is told the server is busy. */
    static final int WAIT_SECONDS = 10;
    /** Requests that may wait for a slot at once (each holds one of the server's threads); more are told it is busy. */
    static final int MAX_WAITING = 64;

    private final Semaphore computing;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxWaiting;
    private final long waitMillis;
    private final long budget;
    private final LinkedHashMap<String, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true);
    private long used;
    private long computed;

    Stories(int parallel, long budgetBytes) {
        this(parallel, MAX_WAITING, WAIT_SECONDS * 1000L, budgetBytes);
    }

    /**
     * @param parallel    stories told at once
     * @param maxWaiting  requests that may wait for a turn at once
     * @param waitMillis  how long one waits before it is told the server is busy
     * @param budgetBytes memory for recently told stories
     */
    Stories(int parallel, int maxWaiting, long waitMillis, long budgetBytes) {
        this.computing = new Semaphore(parallel);
        this.maxWaiting = maxWaiting;
        this.waitMillis = waitMillis;
        this.budget = budgetBytes;
    }

    static Inputs inputs(List<Requests.Loaded> arms, int replications, long seed, String dirLabel) {
        return new Inputs(arms.stream().map(Requests.Loaded::scenario).toList(), arms.stream().map(Requests.Loaded::fileName).toList(),
                replications, seed, dirLabel);
    }

    /**
     * The story of replication {@code k} of the result {@code id} as JSON.
     *
     * @throws ApiException 400 for a replication the result does not have, 503 when the server is too busy to tell it
     */
    byte[] tell(String id, Inputs in, int k) {
        if (k < 0 || k >= in.replications()) {
            throw new ApiException(400, "this result has replications 0 to " + (in.replications() - 1) + "; there is no replication " + k,
                    Map.of("field", "replication"));
        }
        String key = id + "/" + k;
        synchronized (this) {
            byte[] b = recent.get(key);
            if (b != null) return b;
        }
        boolean got = false;
        if (waiting.incrementAndGet() <= maxWaiting) {
            try {
                got = computing.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        waiting.decrementAndGet();
        if (!got) throw new ApiException(503, "the server is busy telling other stories; try again in a moment", Map.of("retry_after_seconds", 5));
        byte[] b;
        try {
            b = ViewData.bytes(json(in, k));
        } finally {
            computing.release();
        }
        synchronized (this) {
            computed++;
            if (b.length <= budget && !recent.containsKey(key)) {
                recent.put(key, b);
                used += b.length;
                Iterator<Map.Entry<String, byte[]>> it = recent.entrySet().iterator();
                while (used > budget && it.hasNext()) {
                    Map.Entry<String, byte[]> e = it.next();
                    if (e.getKey().equals(key)) continue;
                    used -= e.getValue().length;
                    it.remove();
                }
            }
        }
        return b;
    }

    /** Stories computed (not answered from memory), for the tests. */
    synchronized long computed() { return computed; }

    /**
     * {replication, seed, arms: [{name, agents, lines: [{month, shock, text}], ending, command}], first_difference: [null
     * for the base, then for each what-if the first month its story differs from the base's, or null if it never does]}.
     */
    static Map<String, Object> json(Inputs in, int k) {
        List<Story.Told> told = new ArrayList<>();
        for (Scenario s : in.arms()) told.add(Story.tell(s, in.seed(), k));
        List<Object> arms = new ArrayList<>();
        List<String> firstDifference = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            Story.Told t = told.get(i);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", t.scenario().name());
            a.put("agents", t.scenario().agents().id());
            List<Object> lines = new ArrayList<>();
            for (Story.Line l : t.lines()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("month", l.month().toString());
                x.put("shock", l.shock());
                x.put("text", l.text());
                lines.add(x);
            }
            a.put("lines", lines);
            a.put("ending", t.ending());
            a.put("command", HtmlReport.shellCommand("story", List.of(in.dirLabel() + "/" + in.files().get(i), "-r", Integer.toString(k),
                    "-s", Long.toString(in.seed()))));
            arms.add(a);
            firstDifference.add(i == 0 ? null : firstDifference(told.get(0), t));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replication", k);
        m.put("seed", in.seed());
        m.put("arms", arms);
        m.put("first_difference", firstDifference);
        return m;
    }

    /** The first month whose lines differ between two stories (different endings alone: the last month), or null. */
    static String firstDifference(Story.Told a, Story.Told b) {
        Map<String, List<String>> x = byMonth(a), y = byMonth(b);
        java.util.TreeSet<String> months = new java.util.TreeSet<>(x.keySet());
        months.addAll(y.keySet());
        for (String m : months) if (!Objects.equals(x.get(m), y.get(m))) return m;
        if (!a.ending().equals(b.ending())) return b.scenario().end().toString();
        return null;
    }

    private static Map<String, List<String>> byMonth(Story.Told t) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Story.Line l : t.lines()) out.computeIfAbsent(l.month().toString(), m -> new ArrayList<>()).add((l.shock() ? "[shock] " : "") + l.text());
        return out;
    }
}
