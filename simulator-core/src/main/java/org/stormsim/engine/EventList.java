package org.stormsim.engine;

/**
 * The contract of a pending-event list: events leave in (time, insertion) order, times are
 * simulated microseconds, payloads are {@code int}s the model interprets, nothing is allocated per
 * event, and only the kernel thread calls it. {@link LadderQueue} is the kernel's; {@link EventQueue}
 * is the reference heap. The kernel holds its list by its concrete type, so calls stay monomorphic.
 */
public interface EventList {
    /** Schedules {@code payload} at {@code time} (microseconds). */
    void schedule(long time, int payload);

    /** The time of the earliest event; undefined when empty. */
    long peekTime();

    /** Removes the earliest event and returns its payload. */
    int poll();

    int size();

    boolean isEmpty();

    /** Removes every pending event; the insertion sequence restarts. */
    void clear();
}
