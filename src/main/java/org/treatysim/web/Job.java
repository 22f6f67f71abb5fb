package org.treatysim.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One run or comparison asked for by one or more students. Its id is the key of its result (a hash of everything
 * that decides it), so everyone asking the same question shares the job and, once it is done, the cached result.
 * Each student holding it has a ticket; a job is cancelled when every ticket holder has cancelled.
 * Its state and progress are guarded by the job's own monitor; waiters are woken on every change.
 */
public final class Job {
    /** Where a job is in its life. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public boolean finished() { return this == DONE || this == FAILED || this == CANCELLED; }
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** The computation: reports progress in replications through {@code progress}, which throws when cancelled. */
    @FunctionalInterface
    public interface Work {
        ResultBundle compute(IntConsumer progress);
    }

    /** Thrown into the computation by its progress callback once the job is cancelled. */
    static final class Cancelled extends RuntimeException {
        Cancelled() { super("cancelled", null, false, false); }
    }

    private final String id;
    private final String kind;
    private final Map<String, Object> describe;
    private final int total;
    final Work work;
    private final Map<String, String> tickets = new LinkedHashMap<>(); // ticket -> client; guarded by the queue's lock
    private State state;
    private int done;
    private String error;
    private long version;
    volatile boolean cancelRequested;

    Job(String id, String kind, Map<String, Object> describe, int total, Work work, State state) {
        this.id = id;
        this.kind = kind;
        this.describe = Map.copyOf(describe);
        this.total = total;
        this.work = work;
        this.state = state;
        if (state == State.DONE) done = total;
    }

    public String id() { return id; }
    public String kind() { return kind; }
    public int total() { return total; }
    /** What was asked (kind, scenarios, replications, seed), for the status page. */
    public Map<String, Object> describe() { return describe; }

    public synchronized State state() { return state; }
    public synchronized int done() { return done; }
    public synchronized String error() { return error; }
    public synchronized long version() { return version; }

    /** Waits until the job changes after {@code seen} (its version), or {@code millis} pass; returns the version now. */
    public synchronized long awaitChange(long seen, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (version == seen && !state.finished()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) break;
            wait(left);
        }
        return version;
    }

    synchronized void progress(int n) {
        done = Math.min(total, done + n);
        changed();
    }

    synchronized boolean start() {
        if (state != State.QUEUED) return false;
        state = State.RUNNING;
        changed();
        return true;
    }

    synchronized void finish(State s, String message) {
        if (state.finished()) return;
        state = s;
        error = message;
        if (s == State.DONE) done = total;
        changed();
    }

    private void changed() {
        version++;
        notifyAll();
    }

    // ---- tickets: guarded by the queue's lock

    /** The ticket {@code client} holds on this job, issuing one if it holds none. */
    String ticketFor(String client) {
        for (Map.Entry<String, String> e : tickets.entrySet()) if (e.getValue().equals(client)) return e.getKey();
        String t = ClassToken.random(12);
        tickets.put(t, client);
        return t;
    }

    boolean heldBy(String client) { return tickets.containsValue(client); }

    /** Drops a ticket; true if it was held. */
    boolean release(String ticket) { return ticket != null && tickets.remove(ticket) != null; }

    boolean unheld() { return tickets.isEmpty(); }
}
