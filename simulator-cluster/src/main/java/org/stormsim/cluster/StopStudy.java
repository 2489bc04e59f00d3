package org.stormsim.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;

/** Sent to every worker when a study stops (Ctrl-C, a lane search's stop): stops its replications there and every later one. */
final class StopStudy implements Runnable, Serializable, HazelcastInstanceAware {
    private static final long serialVersionUID = 1L;

    private final String study;
    private transient HazelcastInstance member;

    StopStudy(String study) {
        this.study = study;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.member = hazelcastInstance;
    }

    @Override
    public void run() {
        ((WorkerTasks) member.getUserContext().get(HazelcastSetup.TASKS)).stop(study);
    }
}
