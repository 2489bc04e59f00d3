package org.stormsim.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.concurrent.Callable;
import org.stormsim.experiment.ReplicationTask;

/**
 * One replication task as it travels to a worker: the study it belongs to, the task itself (its
 * scenario as run, replication number and what it keeps, all data) and whether the study had been
 * stopped when it was sent. On the worker it runs on one of the executor's kernel threads and
 * returns the task's result, which travels back by Java serialization.
 */
final class RemoteTask implements Callable<Object>, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 1L;

    private final String study;
    private final ReplicationTask<?> task;
    private final boolean stopped;
    private transient HazelcastInstance member;

    RemoteTask(String study, ReplicationTask<?> task, boolean stopped) {
        this.study = study;
        this.task = task;
        this.stopped = stopped;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.member = hazelcastInstance;
    }

    @Override
    public Object call() {
        return ((WorkerTasks) member.getUserContext().get(HazelcastSetup.TASKS)).run(study, task, stopped);
    }
}
