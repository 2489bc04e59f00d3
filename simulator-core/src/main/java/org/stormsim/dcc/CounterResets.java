package org.stormsim.dcc;

import java.util.Arrays;
import java.util.List;
import org.stormsim.scenario.DccEvent;

/**
 * The scenario's GBCS Counter ID resets: per cohort, the windows [from, until) in which its devices'
 * counters are below the values Users last saw, so a User that enforces strictly increasing counters
 * takes their alerts for duplicates (OPSG 36x [S]; GBCS header counters [F]). Immutable.
 */
final class CounterResets {
    /** Per cohort, the windows as [from, until) pairs (microseconds), in the order the events are given. */
    private final long[][] windows;

    CounterResets(List<DccEvent> events, Population population) {
        windows = new long[population.cohorts.length][0];
        for (DccEvent e : events) {
            if (e instanceof DccEvent.CounterReset c) {
                int cohort = population.cohortIndex(c.cohort());
                long[] w = Arrays.copyOf(windows[cohort], windows[cohort].length + 2);
                w[w.length - 2] = c.at().micros();
                w[w.length - 1] = c.at().micros() + c.duration().micros();
                windows[cohort] = w;
            }
        }
    }

    /** Whether an alert raised at {@code raised} by a device of cohort {@code cohort} (-1: none) carries a reset counter. */
    boolean resetAt(int cohort, long raised) {
        if (cohort < 0 || cohort >= windows.length) {
            return false;
        }
        long[] w = windows[cohort];
        for (int i = 0; i < w.length; i += 2) {
            if (raised >= w[i] && raised < w[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
