package org.treatysim.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounded job queue and its fixed pool of workers. A job waits in a FIFO queue until one of {@code workers}
 * threads takes it; at most {@code workers + capacity} jobs are unfinished at once (running or waiting), and one
 * client holds at most {@code perClient} unfinished jobs. Asking for a job whose result is cached answers at once;
 * asking for one that is already queued or running joins it. Nothing is ever computed twice while its result is
 * cached or under way.
 */
public final class JobQueue implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(JobQueue.class.getName());
    /** Finished jobs remembered (for status and their results' keys), besides every unfinished one. */
    static final int FINISHED_KEPT = 2000;

    /** The queue is full: try again later. */
    public static final class QueueFullException extends RuntimeException {
        QueueFullException(String m) { super(m); }
    }

    /** One client already waits for as many jobs as it may. */
    public static final class TooManyJobsException extends RuntimeException {
        TooManyJobsException(String m) { super(m); }
    }

    /** The answer to a submission: the job, the caller's ticket on it (null if it was answered from the cache). */
    public record Submission(Job job, String ticket, boolean cached) {}

    /** Counters for the info page and the tests. */
    public record Stats(int workers, int capacity, int running, int waiting, int maxUnfinished, int maxRunning,
                        long computed, long fromCache, long joined) {}

    private final int workers, capacity, perClient;
    private final ResultCache cache;
    private final Object lock = new Object();
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private final LinkedHashMap<String, Job> jobs = new LinkedHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private int running, maxUnfinished, maxRunning;
    private long computed, fromCache, joined;
    private boolean closed;

    public JobQueue(int workers, int capacity, int perClient, ResultCache cache) {
        this.workers = workers;
        this.capacity = capacity;
        this.perClient = perClient;
        this.cache = cache;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::workerLoop, "treatysim-web-worker-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /**
     * Asks for the job with id {@code key}.
     *
     * @throws TooManyJobsException if {@code client} already holds {@code perClient} unfinished jobs
     * @throws QueueFullException   if the queue holds as many jobs as it may
     */
    public Submission submit(String key, String kind, String client, Map<String, Object> describe, int total, Job.Work work) {
        synchronized (lock) {
            if (closed) throw new QueueFullException("the server is shutting down");
            ResultBundle cached = cache.get(key);
            Job j = jobs.get(key);
            if (cached != null) {
                if (j == null || j.state() != Job.State.DONE) {
                    j = new Job(key, kind, describe, total, work, Job.State.DONE);
                    remember(j);
                }
                fromCache++;
                return new Submission(j, null, true);
            }
            if (j != null && !j.state().finished()) {
                if (!j.heldBy(client)) checkClient(client);
                joined++;
                return new Submission(j, j.ticketFor(client), false);
            }
            checkClient(client);
            if (running + waiting.size() >= workers + capacity) {
                throw new QueueFullException("the server is busy: " + (running + waiting.size()) + " runs are under way or waiting (at most "
                        + (workers + capacity) + "); try again in a minute");
            }
            j = new Job(key, kind, describe, total, work, Job.State.QUEUED);
            String ticket = j.ticketFor(client);
            remember(j);
            waiting.addLast(j);
            maxUnfinished = Math.max(maxUnfinished, running + waiting.size());
            lock.notifyAll();
            return new Submission(j, ticket, false);
        }
    }

    private void checkClient(String client) {
        int held = 0;
        for (Job j : jobs.values()) if (!j.state().finished() && j.heldBy(client)) held++;
        if (held >= perClient) {
            throw new TooManyJobsException("you already wait for " + held + " runs (at most " + perClient
                    + " at once); wait for one to finish or cancel one");
        }
    }

    private void remember(Job j) {
        jobs.remove(j.id());
        jobs.put(j.id(), j);
        int finished = 0;
        for (Job x : jobs.values()) if (x.state().finished()) finished++;
        Iterator<Job> it = jobs.values().iterator();
        while (finished > FINISHED_KEPT && it.hasNext()) {
            Job x = it.next();
            if (x.state().finished()) { it.remove(); finished--; }
        }
    }

    public Job get(String id) {
        synchronized (lock) {
            return jobs.get(id);
        }
    }

    /** Place in the queue (1 = next to run), or 0 if the job is not waiting. */
    public int position(Job job) {
        synchronized (lock) {
            int i = 1;
            for (Job j : waiting) {
                if (j == job) return i;
                i++;
            }
            return 0;
        }
    }

    /**
     * Gives up a ticket. When no ticket holder is left, a waiting job leaves the queue and a running one stops at its
     * next replication. Returns false if the ticket is not held on this job.
     */
    public boolean cancel(Job job, String ticket) {
        synchronized (lock) {
            if (!job.release(ticket)) return false;
            if (job.unheld() && !job.state().finished()) {
                if (waiting.remove(job)) job.finish(Job.State.CANCELLED, "cancelled");
                else job.cancelRequested = true;
            }
            return true;
        }
    }

    public Stats stats() {
        synchronized (lock) {
            return new Stats(workers, capacity, running, waiting.size(), maxUnfinished, maxRunning, computed, fromCache, joined);
        }
    }

    private void workerLoop() {
        while (true) {
            Job job;
            synchronized (lock) {
                while (!closed && waiting.isEmpty()) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                job = waiting.pollFirst();
                if (!job.start()) continue;
                running++;
                computed++;
                maxRunning = Math.max(maxRunning, running);
            }
            Outcome o = execute(job);
            synchronized (lock) {
                running--; // before the job is seen finished, so a finished job never counts as running
            }
            job.finish(o.state(), o.message());
        }
    }

    /** How a computation ended. */
    private record Outcome(Job.State state, String message) {}

    private Outcome execute(Job job) {
        try {
            ResultBundle r = job.work.compute(n -> {
                if (job.cancelRequested) throw new Job.Cancelled();
                job.progress(n);
            });
            cache.put(job.id(), r);
            return new Outcome(Job.State.DONE, null);
        } catch (Job.Cancelled e) {
            return new Outcome(Job.State.CANCELLED, "cancelled");
        } catch (org.treatysim.io.UsageException e) {
            return new Outcome(Job.State.FAILED, e.getMessage()); // a run the model refuses (e.g. too large for memory)
        } catch (OutOfMemoryError e) {
            return new Outcome(Job.State.FAILED, "the server ran out of memory for this run; ask for fewer replications");
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "job " + job.id() + " failed", e);
            return new Outcome(Job.State.FAILED, "internal error: " + e);
        }
    }

    /** Stops the workers; a job under way is abandoned (the server is stopping). */
    @Override public void close() {
        synchronized (lock) {
            closed = true;
            for (Job j : waiting) j.finish(Job.State.CANCELLED, "the server stopped");
            waiting.clear();
            lock.notifyAll();
        }
        for (Job j : snapshot()) j.cancelRequested = true;
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Job> snapshot() {
        synchronized (lock) {
            return new ArrayList<>(jobs.values());
        }
    }
}
