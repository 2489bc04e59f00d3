package org.stormsim.experiment;

import java.util.List;

/** What every run of replications tells whatever the scenario kind: its replications, events, completion and wall time. */
public interface RunResult {
    List<?> replications();

    long events();

    boolean completed();

    double wallSeconds();

    int threads();
}
