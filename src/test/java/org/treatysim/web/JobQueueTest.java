package org.treatysim.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounded queue, its workers, sharing of identical jobs, the per-client cap, cancelling and failures. */
@Timeout(60)
class JobQueueTest {
    private final List<CountDownLatch> gates = new ArrayList<>();
    private JobQueue queue;

    @AfterEach void stop() {
        gates.forEach(CountDownLatch::countDown);
        if (queue != null) queue.close();
    }

    private JobQueue queue(int workers, int capacity, int perClient) {
        queue = new JobQueue(workers, capacity, perClient, new ResultCache(1 << 20));
        return queue;
    }

    private static ResultBundle bundle(String text) {
        return new ResultBundle(Map.of("a.txt", text.getBytes(StandardCharsets.UTF_8)), "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** Work that reports one step, then waits at a gate the test opens. */
    private Job.Work gated(String text, AtomicInteger runs, CountDownLatch started) {
        CountDownLatch gate = new CountDownLatch(1);
        gates.add(gate);
        return p -> {
            runs.incrementAndGet();
            p.accept(1);
            started.countDown();
            try {
                while (!gate.await(20, TimeUnit.MILLISECONDS)) p.accept(0); // polls for cancellation as replications do
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return bundle(text);
        };
    }

    private static void await(Job j, Job.State s) throws InterruptedException {
        long v = -1;
        for (int i = 0; i < 500 && j.state() != s; i++) v = j.awaitChange(v, 100);
        assertEquals(s, j.state(), "state of " + j.id());
    }

    @Test void identicalRequestsShareOneRunAndThenTheCache() throws Exception {
        JobQueue q = queue(1, 5, 3);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        Job.Work w = gated("result", runs, started);
        JobQueue.Submission a = q.submit("k1", "run", "alice", Map.of(), 10, w);
        JobQueue.Submission b = q.submit("k1", "run", "bob", Map.of(), 10, w);
        assertSame(a.job(), b.job());
        assertNotEquals(a.ticket(), b.ticket());
        assertEquals(a.ticket(), q.submit("k1", "run", "alice", Map.of(), 10, w).ticket(), "one ticket per client and job");
        started.await();
        gates.get(0).countDown();
        await(a.job(), Job.State.DONE);
        JobQueue.Submission c = q.submit("k1", "run", "carol", Map.of(), 10, w);
        assertTrue(c.cached());
        assertNull(c.ticket());
        assertEquals(1, runs.get(), "computed once");
        assertEquals(1, q.stats().computed());
        assertEquals(1, q.stats().fromCache());
        assertEquals(2, q.stats().joined());
    }

    @Test void theQueueHoldsAtMostWorkersPlusCapacity() throws Exception {
        JobQueue q = queue(1, 2, 10);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Job first = q.submit("k0", "run", "a", Map.of(), 1, gated("0", runs, started)).job();
        started.await();
        Job second = q.submit("k1", "run", "b", Map.of(), 1, gated("1", runs, new CountDownLatch(1))).job();
        Job third = q.submit("k2", "run", "c", Map.of(), 1, gated("2", runs, new CountDownLatch(1))).job();
        assertEquals(1, q.position(second));
        assertEquals(2, q.position(third));
        JobQueue.QueueFullException full = assertThrows(JobQueue.QueueFullException.class,
                () -> q.submit("k3", "run", "d", Map.of(), 1, gated("3", runs, new CountDownLatch(1))));
        assertTrue(full.getMessage().contains("at most 3"), full.getMessage());
        assertEquals(Job.State.RUNNING, first.state());
        gates.forEach(CountDownLatch::countDown);
        await(third, Job.State.DONE);
        assertEquals(3, q.stats().maxUnfinished());
        assertEquals(1, q.stats().maxRunning());
    }

    @Test void oneClientWaitsForAtMostItsShare() throws Exception {
        JobQueue q = queue(1, 10, 2);
        AtomicInteger runs = new AtomicInteger();
        q.submit("k0", "run", "alice", Map.of(), 1, gated("0", runs, new CountDownLatch(1)));
        q.submit("k1", "run", "alice", Map.of(), 1, gated("1", runs, new CountDownLatch(1)));
        assertThrows(JobQueue.TooManyJobsException.class, () -> q.submit("k2", "run", "alice", Map.of(), 1, gated("2", runs, new CountDownLatch(1))));
        assertThrows(JobQueue.TooManyJobsException.class, () -> q.submit("k9", "run", "alice", Map.of(), 1, gated("9", runs, new CountDownLatch(1))),
                "joining another's job counts too");
        q.submit("k2", "run", "bob", Map.of(), 1, gated("2", runs, new CountDownLatch(1)));
    }

    @Test void cancellingAWaitingJobFreesItsPlace() throws Exception {
        JobQueue q = queue(1, 1, 10);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        q.submit("k0", "run", "a", Map.of(), 1, gated("0", runs, started));
        started.await();
        JobQueue.Submission w = q.submit("k1", "run", "b", Map.of(), 1, gated("1", runs, new CountDownLatch(1)));
        assertThrows(JobQueue.QueueFullException.class, () -> q.submit("k2", "run", "c", Map.of(), 1, gated("2", runs, new CountDownLatch(1))));
        assertFalse(q.cancel(w.job(), "not-the-ticket"));
        assertTrue(q.cancel(w.job(), w.ticket()));
        assertEquals(Job.State.CANCELLED, w.job().state());
        q.submit("k2", "run", "c", Map.of(), 1, gated("2", runs, new CountDownLatch(1)));
    }

    @Test void aRunningJobStopsWhenItsLastHolderCancels() throws Exception {
        JobQueue q = queue(1, 1, 10);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Job.Work w = gated("x", runs, started);
        JobQueue.Submission a = q.submit("k", "run", "alice", Map.of(), 5, w), b = q.submit("k", "run", "bob", Map.of(), 5, w);
        started.await();
        assertTrue(q.cancel(a.job(), a.ticket()));
        Thread.sleep(100);
        assertEquals(Job.State.RUNNING, a.job().state(), "bob still waits for it");
        assertTrue(q.cancel(b.job(), b.ticket()));
        await(a.job(), Job.State.CANCELLED);
        assertEquals(1, a.job().done());
        assertEquals(0, q.stats().running());
    }

    @Test void failuresAreReportedAndTheWorkerGoesOn() throws Exception {
        JobQueue q = queue(1, 5, 10);
        Job bad = q.submit("k1", "run", "a", Map.of(), 1, p -> { throw new org.treatysim.io.UsageException("too large for this server"); }).job();
        Job broken = q.submit("k2", "run", "a", Map.of(), 1, p -> { throw new IllegalStateException("boom"); }).job();
        Job bug = q.submit("k4", "run", "a", Map.of(), 1, p -> { throw new IllegalArgumentException("a bad index"); }).job();
        Job good = q.submit("k3", "run", "a", Map.of(), 1, p -> bundle("fine")).job();
        await(good, Job.State.DONE);
        assertEquals(Job.State.FAILED, bad.state());
        assertEquals("too large for this server", bad.error(), "the user's cause, in the model's words");
        assertEquals(Job.State.FAILED, broken.state());
        assertEquals("internal error: java.lang.IllegalStateException: boom", broken.error());
        assertEquals("internal error: java.lang.IllegalArgumentException: a bad index", bug.error(), "since issue 13 an IllegalArgumentException is a bug");
        JobQueue.Submission again = q.submit("k1", "run", "a", Map.of(), 1, p -> bundle("now fine"));
        assertNotEquals(bad, again.job(), "a failed job is run afresh when asked again");
        await(again.job(), Job.State.DONE);
    }

    @Test void theCacheKeepsTheFirstResultAndDropsTheLeastRecentlyUsed() {
        ResultCache c = new ResultCache(3000);
        ResultBundle a = new ResultBundle(Map.of("f", new byte[1000]), new byte[0]);
        ResultBundle b = new ResultBundle(Map.of("f", new byte[1000]), new byte[0]);
        ResultBundle d = new ResultBundle(Map.of("f", new byte[1000]), new byte[0]);
        assertSame(a, c.put("a", a));
        assertSame(a, c.put("a", b), "the first result for a key stays");
        c.put("b", b);
        c.get("a");
        c.put("d", d); // over budget: b is the least recently used
        assertSame(a, c.get("a"));
        assertNull(c.get("b"));
        assertSame(d, c.get("d"));
        assertTrue(c.usedBytes() <= 3000);
        ResultBundle huge = new ResultBundle(Map.of("f", new byte[5000]), new byte[0]);
        c.put("h", huge);
        assertNull(c.get("h"), "a result larger than the budget is not kept");
        assertArrayEquals(new byte[1000], c.get("a").file("f"));
    }
}
