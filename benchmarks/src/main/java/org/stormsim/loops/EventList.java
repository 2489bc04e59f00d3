package org.stormsim.loops;

/**
 * A pending-event list as the M/M/1 loop needs it: entries (time in microseconds, int payload) that
 * leave in order of time and, among equal times, in the order they were scheduled. {@code peekTime}
 * and {@code poll} on an empty list are undefined; the loop checks {@code isEmpty} first. One
 * implementation per process, so the JIT sees one receiver type and inlines it. Single-threaded.
 */
interface EventList {
    void schedule(long time, int payload);

    boolean isEmpty();

    /** The earliest pending time. */
    long peekTime();

    /** Removes the earliest entry and returns its payload. */
    int poll();
}
