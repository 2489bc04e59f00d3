package org.stormsim.experiment;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Runs batches of replication tasks on up to {@code threads} kernel threads and returns each batch's
 * results in task order, so that results never depend on the thread count. One experiment runs the
 * batches of a whole study one after another (a warm-up pilot, the replications, rounds of
 * {@code --precision}, a counterfactual, every point of a sweep). {@link #requestStop()} stops the
 * batch running now and every later one; {@link #progress()} reports the running batch. A finished
 * task's replication is let go at once. The batch methods are for one thread; stop and progress for
 * any. An experiment on {@link Workers} hands its batches to them (a cluster's workers) and
 * reports their progress; the results are the same.
 */
public final class Experiment {
    private final int threads;
    private final Workers workers;
    private volatile boolean stopped;
    /** The running batch: each task's replication while it runs, null before and after. Guarded by this. */
    private Replication<?>[] running = new Replication<?>[0];
    private long[] horizons = new long[0];
    private long doneMicros;
    private long doneEvents;

    /** An experiment on up to {@code threads} kernel threads (at least one). */
    public Experiment(int threads) {
        this.threads = Math.max(1, threads);
        this.workers = null;
    }

    /** An experiment whose batches run on {@code workers}. */
    public Experiment(Workers workers) {
        this.threads = Math.max(1, workers.slots());
        this.workers = workers;
    }

    /** The most kernel threads a batch of {@code tasks} tasks uses. */
    public int threadsFor(int tasks) {
        return Math.max(1, Math.min(threads, tasks));
    }

    /** Runs every task, results in task order; a task's failure is rethrown as it was. */
    public <T> List<T> run(List<? extends ReplicationTask<T>> tasks) {
        return run(tasks, i -> { });
    }

    /**
     * Runs every task, results in task order, telling {@code done} each task's index as it ends (from
     * the thread that ran it); a task's failure is rethrown as it was.
     */
    public <T> List<T> run(List<? extends ReplicationTask<? extends T>> tasks, IntConsumer done) {
        if (workers != null) {
            return workers.run(tasks, done);
        }
        int n = tasks.size();
        synchronized (this) {
            running = new Replication<?>[n];
            horizons = new long[n];
            doneMicros = 0;
            doneEvents = 0;
            for (int i = 0; i < n; i++) {
                horizons[i] = tasks.get(i).horizon();
            }
        }
        AtomicReferenceArray<ReplicationTask<? extends T>> pending = new AtomicReferenceArray<>(n);
        for (int i = 0; i < n; i++) {
            pending.set(i, tasks.get(i));
        }
        return ReplicationRunner.run(n, threadsFor(n), i -> () -> {
            ReplicationTask<? extends T> task = pending.getAndSet(i, null); // let go of it: a long batch holds no finished task
            try {
                T result = task.run(r -> started(i, r));
                done.accept(i);
                return result;
            } finally {
                finished(i);
            }
        });
    }

    private synchronized void started(int i, Replication<?> r) {
        running[i] = r;
        if (stopped) {
            r.requestStop();
        }
    }

    private synchronized void finished(int i) {
        Replication<?> r = running[i];
        running[i] = null;
        if (r != null && r.kernel() != null) {
            doneMicros += Math.min(r.kernel().progressNow(), horizons[i]);
            doneEvents += r.kernel().progressEvents();
        }
    }

    /** Lets go of the experiment's workers, if it has any (they keep running for other studies). */
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }

    /** Whether a stop was asked. */
    public boolean stopped() {
        return stopped;
    }

    /** Stops the batch running now and every later one (from any thread). */
    public synchronized void requestStop() {
        stopped = true;
        if (workers != null) {
            workers.requestStop();
        }
        for (Replication<?> r : running) {
            if (r != null) {
                r.requestStop();
            }
        }
    }

    /** How far the running batch has got: simulated time done over the batch's total, and events (from any thread). */
    public synchronized RunProgress progress() {
        if (workers != null) {
            return workers.progress();
        }
        long done = doneMicros;
        long events = doneEvents;
        long total = 0;
        for (int i = 0; i < running.length; i++) {
            total += horizons[i];
            Replication<?> r = running[i];
            if (r != null && r.kernel() != null) {
                done += Math.min(r.kernel().progressNow(), horizons[i]);
                events += r.kernel().progressEvents();
            }
        }
        return new RunProgress(done, total, events);
    }
}
