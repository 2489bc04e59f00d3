package org.stormsim.dcc;

import org.stormsim.engine.Distribution;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;
import org.stormsim.stations.TimeAverage;

/**
 * A multi-server FIFO stage with two service-time distributions (alerts, and everything else) and,
 * optionally, priority for one kind of message over the others (non-preemptive): a WAN link (alerts
 * first, where the CSP prioritises them), the DSP's processing servers, a motorway lane, a User's
 * intake. A stage with {@code capacity} equal to its
 * servers has no waiting room: a message finding every server busy is turned away (the model decides
 * whether that is a loss or, for firmware, a cancelled job). Kernel thread only.
 */
final class ServerStage extends Stage {
    private final int servers;
    private final long capacity;
    private final Distribution alertService;
    private final Distribution otherService;
    /** The kind of message that waits in the high line ({@link Messages#ALERT} and the others), or -1 for one line. */
    private final int firstKind;
    private final RandomStream rng;
    private final MessageFifo high;
    private final MessageFifo low;
    private final TimeAverage busy;
    private final TimeAverage waiting;
    /** Waits for a server after warm-up, [0] alerts, [1] the others: count, sum and longest, microseconds. */
    private final long[] waitCount = new long[2];
    private final long[] waitSum = new long[2];
    private final long[] waitMax = new long[2];
    /** The mean service time of an alert and of any other message, microseconds: the work one arrival brings. */
    private final double alertWork;
    private final double otherWork;
    /** Work offered per clock hour of simulated time (hour h covers [h, h + 1) hours), microseconds of service; grown as the run goes. */
    private double[] offered = new double[Stage.HOURS_GUESS];

    ServerStage(int index, String id, Kernel kernel, Messages msgs, long warmup, RandomStream rng, int servers, long capacity,
                Distribution alertService, Distribution otherService, int firstKind) {
        super(index, id, kernel, msgs, warmup);
        this.servers = servers;
        this.capacity = capacity;
        this.alertService = alertService;
        this.otherService = otherService;
        this.firstKind = firstKind;
        this.rng = rng;
        this.high = new MessageFifo(msgs);
        this.low = new MessageFifo(msgs);
        this.busy = new TimeAverage(warmup);
        this.waiting = new TimeAverage(warmup);
        this.alertWork = alertService.mean();
        this.otherWork = otherService.mean();
    }

    @Override
    boolean arrive(int m) {
        long now = kernel.now();
        countArrival(now);
        offer(now, msgs.kind(m) == Messages.ALERT ? alertWork : otherWork);
        if (content.value() >= capacity) {
            return false;
        }
        content.add(now, 1);
        if (busy.value() < servers) {
            start(m, now);
        } else {
            waiting.add(now, 1);
            (msgs.kind(m) == firstKind ? high : low).add(m);
        }
        return true;
    }

    @Override
    boolean depart(int m) {
        long now = kernel.now();
        busy.add(now, -1);
        content.add(now, -1);
        countDone(now);
        if (!high.isEmpty()) {
            waiting.add(now, -1);
            start(high.remove(), now);
        } else if (!low.isEmpty()) {
            waiting.add(now, -1);
            start(low.remove(), now);
        }
        return true;
    }

    private void start(int m, long now) {
        busy.add(now, 1);
        msgs.serviceStart(m, now);
        long arrived = msgs.arrivedAt(m);
        if (arrived >= warmup) {
            int k = msgs.kind(m) == Messages.ALERT ? 0 : 1;
            long w = now - arrived;
            waitCount[k]++;
            waitSum[k] += w;
            waitMax[k] = Math.max(waitMax[k], w);
        }
        Distribution d = msgs.kind(m) == Messages.ALERT ? alertService : otherService;
        kernel.scheduleAfter(d.sample(rng), m);
    }

    /** Adds {@code work} microseconds of service offered at {@code now} (turned away or not) to its clock hour. */
    private void offer(long now, double work) {
        int h = (int) (now / Stage.HOUR);
        if (h >= offered.length) {
            offered = java.util.Arrays.copyOf(offered, Math.max(h + 1, 2 * offered.length));
        }
        offered[h] += work;
    }

    @Override
    double[] offeredWorkByHour() {
        return offered.clone();
    }

    /** Messages in the stage (waiting plus in service) right now: the least-loaded lane router reads it. */
    long load() {
        return content.value();
    }

    /**
     * Closes this stage's sampling window at {@code now} into slot {@code i}: busy servers over
     * servers and messages waiting, averaged over {@code span} microseconds, and the most waiting.
     */
    void sampleWindow(long now, long span, int i, double[] utilisation, double[] queueMean, long[] queueMax) {
        utilisation[i] = busy.windowArea(now) / ((double) span * servers);
        queueMean[i] = waiting.windowArea(now) / (double) span;
        queueMax[i] = waiting.windowMax();
        busy.restartWindow();
        waiting.restartWindow();
    }

    @Override
    StageStats.Waits waits(boolean alerts) {
        int k = alerts ? 0 : 1;
        return waitCount[k] == 0 ? StageStats.Waits.NONE
                : new StageStats.Waits(waitCount[k], waitSum[k] / 1e6 / waitCount[k], waitMax[k] / 1e6);
    }

    @Override
    int servers() {
        return servers;
    }

    @Override
    double utilisation(long end) {
        return busy.mean(end) / servers;
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
}
