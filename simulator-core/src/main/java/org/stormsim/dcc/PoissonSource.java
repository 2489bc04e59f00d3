package org.stormsim.dcc;

import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * A Poisson stream whose rate is piecewise constant: it may change at the hour (daily profiles), at
 * a month (growth), when a storm event changes it, or as a migration adds installations. Between
 * changes arrivals are exponential at the current rate; at a change the pending draw is discarded
 * and redrawn, which is exact for a piecewise-constant rate because the exponential is memoryless.
 * The pending event's payload is {@link Payloads#source}; a pending event whose time no longer
 * matches (because a storm event rescheduled the source) is stale and ignored. Kernel thread only.
 */
abstract class PoissonSource {
    static final long HOUR = 3_600_000_000L;
    static final long NEVER = Long.MAX_VALUE;

    final int index;
    final String id;
    final RandomStream rng;
    final Kernel kernel;
    final long horizon;
    final Growth growth;
    private long nextAt = NEVER;
    private boolean pendingArrival;

    PoissonSource(int index, String id, RandomStream rng, Kernel kernel, long horizon, Growth growth) {
        this.index = index;
        this.id = id;
        this.rng = rng;
        this.kernel = kernel;
        this.horizon = horizon;
        this.growth = growth;
    }

    /** Arrivals per second at time {@code t}. */
    abstract double rate(long t);

    /** One arrival, now, handed to {@code to}. */
    abstract void emit(long now, Arrivals to);

    /** The next time after {@code t} at which the rate may change (besides storm events). */
    long nextChange(long t) {
        return (t / HOUR + 1) * HOUR;
    }

    /** Draws the next pending event from now (called at start and whenever the rate changes). */
    final void reschedule() {
        long now = kernel.now();
        long boundary = Math.min(nextChange(now), growth.nextChange(now));
        long candidate = nextArrival(now);
        if (candidate < boundary) {
            nextAt = candidate;
            pendingArrival = true;
        } else {
            nextAt = boundary;
            pendingArrival = false;
        }
        if (nextAt <= horizon) {
            kernel.schedule(nextAt, Payloads.source(index));
        }
    }

    /**
     * The time of the next arrival from {@code now}, or {@link #NEVER}: an exponential draw at the
     * current rate, redrawn at every change. A source that knows its arrivals in advance (a replayed
     * count) gives the same pending time until it has emitted it.
     */
    long nextArrival(long now) {
        double r = rate(now);
        return r > 0 ? plusSaturated(now, Math.round(rng.nextExponential() * 1e6 / r)) : NEVER;
    }

    /** {@code t + gap}, or {@link #NEVER} when that passes the clock's end (a rate so low that its gap outlasts any horizon). */
    private static long plusSaturated(long t, long gap) {
        return gap >= NEVER - t ? NEVER : t + gap;
    }

    /** The pending event has come: emit into {@code to} if it was an arrival, then draw the next one. */
    final void fire(Arrivals to) {
        long now = kernel.now();
        if (now != nextAt) {
            return;
        }
        if (pendingArrival) {
            emit(now, to);
        }
        reschedule();
    }
}
