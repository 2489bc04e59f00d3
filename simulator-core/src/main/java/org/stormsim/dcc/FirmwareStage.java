package org.stormsim.dcc;

import org.stormsim.engine.Distribution;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.stations.TimeAverage;

/**
 * A CSP's firmware over-the-air service: a pool of download channels (CSP N has 400: OPSG 36x [S])
 * and a queue of jobs waiting for one. A job that finds every channel busy waits in the queue when it
 * has room; with no room (the queue full, or none: CSP N's rule as it reported it, jobs "only
 * cancelled if the Firmware download channels were full") it is cancelled, or dropped when the queue
 * is full; a job that waits longer than the queue's time-out is dropped from the queue ("dropped from
 * the queue", OPSG 28). A download holds its channel for its duration; at its end the device may
 * reject it ("firmware downloads of Devices being rejected", OPSG 36x), or it may fail ("a 50% success
 * rate of OTA firmware upgrades", OPSG 27), in which case the job tries again on the same channel
 * until its attempts are spent. Each job's result is left in {@link Messages#result} for its path.
 * Kernel thread only.
 */
final class FirmwareStage extends Stage {
    static final byte OK = 0;
    static final byte CANCELLED = 1;
    static final byte DROPPED = 2;
    static final byte REJECTED = 3;
    static final byte FAILED = 4;
    private static final byte WAITING = 5;
    private static final byte DOWNLOADING = 6;

    private final int channels;
    private final long queueLimit;
    private final long queueTimeout;
    private final double rejection;
    private final double success;
    private final int attempts;
    private final Distribution download;
    private final RandomStream rng;
    private final MessageFifo queue;
    private final TimeAverage busy;
    private final TimeAverage waiting;
    private long downloads;

    FirmwareStage(int index, String id, Kernel kernel, Messages msgs, long warmup, RandomStream rng, int channels, long queueLimit,
                  long queueTimeout, double rejection, double success, int attempts, Distribution download) {
        super(index, id, kernel, msgs, warmup);
        this.channels = channels;
        this.queueLimit = queueLimit;
        this.queueTimeout = queueTimeout;
        this.rejection = rejection;
        this.success = success;
        this.attempts = attempts;
        this.download = download;
        this.rng = rng;
        this.queue = new MessageFifo(msgs);
        this.busy = new TimeAverage(warmup);
        this.waiting = new TimeAverage(warmup);
    }

    /** A job arrives: it starts on a free channel, waits, or (false) is turned away, its result saying why. */
    @Override
    boolean arrive(int m) {
        long now = kernel.now();
        countArrival(now);
        if (busy.value() < channels) {
            content.add(now, 1);
            msgs.tries(m, 0); // download attempts of this job, counted as they start
            start(m, now);
            return true;
        }
        if (waiting.value() >= queueLimit) {
            msgs.result(m, queueLimit == 0 ? CANCELLED : DROPPED);
            return false;
        }
        content.add(now, 1);
        waiting.add(now, 1);
        msgs.result(m, WAITING);
        msgs.tries(m, 0);
        queue.add(m);
        msgs.refs(m, msgs.refs(m) + 1); // the expiry event refers to the job: its slot is kept until the event has come
        kernel.schedule(now + queueTimeout, Payloads.expiry(m));
        return true;
    }

    /** A download ended: the job leaves (with its result) or tries again on the same channel. */
    @Override
    boolean depart(int m) {
        long now = kernel.now();
        if (rng.nextDouble() < rejection) {
            msgs.result(m, REJECTED);
        } else if (rng.nextDouble() < success) {
            msgs.result(m, OK);
        } else if (msgs.tries(m) < attempts) {
            startDownload(m);
            return false;
        } else {
            msgs.result(m, FAILED);
        }
        busy.add(now, -1);
        content.add(now, -1);
        countDone(now);
        if (!queue.isEmpty()) {
            waiting.add(now, -1);
            start(queue.remove(), now);
        }
        return true;
    }

    /** The job's wait ran out: dropped from the queue if it is still waiting (true), ignored if it got a channel. */
    @Override
    boolean expire(int m) {
        if (msgs.result(m) != WAITING || !queue.unlink(m)) {
            return false;
        }
        long now = kernel.now();
        waiting.add(now, -1);
        content.add(now, -1);
        msgs.result(m, DROPPED);
        return true;
    }

    private void start(int m, long now) {
        busy.add(now, 1);
        msgs.serviceStart(m, now);
        msgs.result(m, DOWNLOADING);
        startDownload(m);
    }

    private void startDownload(int m) {
        msgs.tries(m, msgs.tries(m) + 1);
        downloads++;
        kernel.scheduleAfter(download.sample(rng), m);
    }

    @Override
    int servers() {
        return channels;
    }

    @Override
    double utilisation(long end) {
        return channels == 0 ? Double.NaN : busy.mean(end) / channels;
    }

    @Override
    long busyMax(long end) {
        return busy.max(end);
    }

    @Override
    double queueMean(long end) {
        return waiting.mean(end);
    }

    @Override
    long queueMax(long end) {
        return waiting.max(end);
    }

    /** Download attempts started over the whole run. */
    long downloads() {
        return downloads;
    }
}
