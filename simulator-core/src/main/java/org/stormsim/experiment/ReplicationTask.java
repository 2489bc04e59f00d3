package org.stormsim.experiment;

import java.util.function.Consumer;

/**
 * One unit of work an {@link Experiment} runs: one replication of one scenario. The task makes its
 * replication only when it starts (so a batch of thousands holds no models), says so through
 * {@code started} (so that the experiment can watch and stop it), runs it, and returns what the
 * caller keeps of it (usually much less than the model). Results depend only on the task, never on
 * the thread it runs on.
 *
 * @param <T> what the task returns
 */
public interface ReplicationTask<T> {
    /** The replication's simulated horizon, microseconds (for progress). */
    long horizon();

    /** Makes the replication, hands it to {@code started} before running it, runs it and returns the result. */
    T run(Consumer<Replication<?>> started);

    /**
     * Whether the task may run in another JVM (a cluster worker): the task and its result are
     * {@link java.io.Serializable} and the result depends only on the task's data. A task that keeps
     * time series is not (its series are large and tied to the model's consumers), so it runs where
     * the study runs.
     */
    default boolean portable() {
        return false;
    }
}
