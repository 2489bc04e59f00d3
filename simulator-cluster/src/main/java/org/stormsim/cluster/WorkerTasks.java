package org.stormsim.cluster;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.stormsim.experiment.Replication;
import org.stormsim.experiment.ReplicationTask;

/**
 * What one worker is running, by study: each task's replication while it runs, so that a study's
 * stop reaches them, and the studies stopped, so that a task of one that arrives later stops at once
 * (as a stopped {@link org.stormsim.experiment.Experiment} does). A replication stopped early returns
 * its partial result, marked not completed, exactly as it would on one machine. Called from the
 * worker's executor threads and from the stop broadcast.
 */
final class WorkerTasks {
    private final Map<String, Set<Replication<?>>> running = new ConcurrentHashMap<>();
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();
    private final AtomicLong done = new AtomicLong();

    /** Runs {@code task} of study {@code study}; {@code stoppedBefore} when the study was stopped before it was sent. */
    Object run(String study, ReplicationTask<?> task, boolean stoppedBefore) {
        if (stoppedBefore) {
            stopped.add(study);
        }
        Set<Replication<?>> mine = running.computeIfAbsent(study, s -> ConcurrentHashMap.newKeySet());
        Replication<?>[] started = new Replication<?>[1];
        try {
            return task.run(r -> {
                started[0] = r;
                mine.add(r);
                if (stopped.contains(study)) {
                    r.requestStop();
                }
            });
        } finally {
            if (started[0] != null) {
                mine.remove(started[0]);
            }
            done.incrementAndGet();
        }
    }

    /** Stops every replication of {@code study} running here and every later one. */
    void stop(String study) {
        stopped.add(study);
        Set<Replication<?>> mine = running.get(study);
        if (mine != null) {
            mine.forEach(Replication::requestStop);
        }
    }

    /** Tasks this worker has run since it started. */
    long done() {
        return done.get();
    }
}
