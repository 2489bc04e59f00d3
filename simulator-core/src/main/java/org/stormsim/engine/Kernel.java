package org.stormsim.engine;

/**
 * The discrete-event loop of one replication: it owns the clock and the event list (a
 * {@link LadderQueue}, which is a plain 4-ary heap while at most a few hundred events are pending)
 * and hands each event, in (time, insertion) order, to the model's {@link EventConsumer}. Time is in
 * microseconds. Single writer: the kernel thread alone touches the clock, the event list and the
 * model; other threads may only call {@link #requestStop()} (for an interrupted run) and read
 * {@link #progressNow()} and {@link #progressEvents()}, which the loop publishes with its stop check
 * every 4,096 events, so that watching a run costs the loop one pair of stores per 4,096 events.
 */
public final class Kernel {
    private final LadderQueue events;
    private long now;
    private long processed;
    private volatile boolean stopRequested;
    private volatile long publishedNow;
    private volatile long publishedEvents;

    public Kernel() {
        this(new LadderQueue());
    }

    public Kernel(LadderQueue events) {
        this.events = events;
    }

    /** The current simulated time, microseconds. */
    public long now() {
        return now;
    }

    /** Events handled so far. */
    public long eventsProcessed() {
        return processed;
    }

    /** Events still pending. */
    public int pending() {
        return events.size();
    }

    /** Schedules {@code payload} at absolute time {@code time}, which must not be in the past. */
    public void schedule(long time, int payload) {
        if (time < now) {
            throw new IllegalStateException("event scheduled in the past: " + time + " < " + now);
        }
        events.schedule(time, payload);
    }

    /** Schedules {@code payload} after {@code delay} microseconds (zero or more). */
    public void scheduleAfter(long delay, int payload) {
        long t = now + delay;
        schedule(delay > 0 && t < now ? Long.MAX_VALUE : t, payload); // an absurdly long delay saturates beyond any horizon; a negative one is refused
    }

    /** The simulated time, microseconds, as of the last progress check (callable from any thread). */
    public long progressNow() {
        return publishedNow;
    }

    /** Events handled as of the last progress check (callable from any thread). */
    public long progressEvents() {
        return publishedEvents;
    }

    /** Asks the loop to stop within the next 4,096 events (callable from any thread). */
    public void requestStop() {
        stopRequested = true;
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /**
     * Handles every event with time at most {@code horizon}, then sets the clock to the horizon
     * (or leaves it at the last event if stopped early). Returns whether the horizon was reached.
     */
    public boolean runUntil(long horizon, EventConsumer model) {
        final LadderQueue q = events;
        long handled = 0;
        int sinceCheck = 0;
        while (!q.isEmpty() && q.peekTime() <= horizon) {
            now = q.peekTime();
            int payload = q.poll();
            model.onEvent(payload);
            handled++;
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                publishedNow = now;
                publishedEvents = processed + handled;
                if (stopRequested) {
                    processed += handled;
                    return false;
                }
            }
        }
        processed += handled;
        if (horizon > now) {
            now = horizon;
        }
        publishedNow = now;
        publishedEvents = processed;
        return true;
    }
}
