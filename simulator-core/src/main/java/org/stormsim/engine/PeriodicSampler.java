package org.stormsim.engine;

/**
 * A sampler of a model's state that the kernel wakes once per interval of simulated time, by one
 * event per interval carrying the model's sampler payload. Interval {@code i} covers
 * [i x interval, min((i + 1) x interval, end)) microseconds, warm-up included; the run's end closes
 * the last, partial interval. A subclass keeps what it samples in arrays sized up front for
 * {@link #capacity()} intervals and fills interval {@code i} in {@link #sample}, so nothing is
 * allocated per event. Kernel thread only; read after the run.
 */
public abstract class PeriodicSampler {
    private final Kernel kernel;
    private final long interval;
    private final long horizon;
    private final int payload;
    private final int capacity;
    private long lastSample;
    private int closed;
    private long ticks;

    /**
     * Samples every {@code interval} microseconds up to {@code horizon}, waking on kernel events that
     * carry {@code payload}.
     */
    protected PeriodicSampler(Kernel kernel, long interval, long horizon, int payload) {
        if (interval <= 0) {
            throw new IllegalArgumentException("the sampling interval must be more than zero: " + interval);
        }
        this.kernel = kernel;
        this.interval = interval;
        this.horizon = horizon;
        this.payload = payload;
        this.capacity = SimTime.intervals(horizon, interval);
    }

    /**
     * Fills interval {@code i}, which ends at {@code now} and lasted {@code span} microseconds (the
     * last one may be shorter than the interval).
     */
    protected abstract void sample(long now, long span, int i);

    /** Schedules the first sample; the model calls it when it starts. */
    public final void start() {
        scheduleNext();
    }

    /** The kernel event of a sample, at {@code now}: closes the interval ending now and schedules the next. */
    public final void onTick(long now) {
        ticks++;
        close(now);
        scheduleNext();
    }

    /** The run ended at {@code end} (the horizon, or earlier when interrupted): closes the last, partial interval. */
    public final void finish(long end) {
        if (end > lastSample) {
            close(end);
        }
    }

    private void scheduleNext() {
        long next = (closed + 1) * interval;
        if (next < horizon) {
            kernel.schedule(next, payload);
        }
    }

    private void close(long now) {
        sample(now, now - lastSample, closed);
        lastSample = now;
        closed++;
    }

    /** The intervals the horizon holds, which the arrays of samples are sized for. */
    protected final int capacity() {
        return capacity;
    }

    /** Microseconds per interval. */
    public final long interval() {
        return interval;
    }

    /** Intervals sampled so far (all of them once {@link #finish} has run). */
    public final int closed() {
        return closed;
    }

    /** Kernel events the sampler used (to leave them out of the model's event count). */
    public final long ticks() {
        return ticks;
    }
}
