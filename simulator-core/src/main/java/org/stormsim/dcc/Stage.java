package org.stormsim.dcc;

import org.stormsim.stations.TimeAverage;

/**
 * One stage of a message's path (a HAN hop, a WAN link, a motorway lane, a User's intake). A
 * message arrives with {@link #arrive}; a stage that holds it schedules an event and finishes it
 * in {@link #onEvent}, then hands it back to the model, which moves it to its next stage. Keeps the
 * kernel-side statistics (arrivals, content over time). Kernel thread only.
 */
abstract class Stage {
    final int index;
    final String id;
    final DccModel model;
    final Messages msgs;
    final TimeAverage content;
    long arrivals;
    long processed;

    Stage(int index, String id, DccModel model) {
        this.index = index;
        this.id = id;
        this.model = model;
        this.msgs = model.msgs;
        this.content = new TimeAverage(model.warmup);
    }

    abstract void arrive(int m);

    abstract void onEvent(int m);

    final void countArrival(long now) {
        if (now >= model.warmup) {
            arrivals++;
        }
    }

    final void countDone(long now) {
        if (now >= model.warmup) {
            processed++;
        }
    }

    /** Busy servers over servers, averaged after warm-up; NaN for stages without servers. */
    double utilisation(long end) {
        return Double.NaN;
    }

    /** The most servers busy at once after warm-up (0 for stages without servers). */
    long busyMax(long end) {
        return 0;
    }

    /** Messages waiting (not in service), averaged after warm-up. */
    double queueMean(long end) {
        return content.mean(end);
    }

    long queueMax(long end) {
        return content.max(end);
    }
}
