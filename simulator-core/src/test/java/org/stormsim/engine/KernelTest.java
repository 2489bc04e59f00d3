package org.stormsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernel loop: horizon, monotone clock, no scheduling in the past, stopping on request. */
class KernelTest {
    @Test
    void shouldHandleEventsAtTheHorizonAndNoneAfterIt() {
        Kernel k = new Kernel();
        k.schedule(10, 1);
        k.schedule(100, 2);
        k.schedule(101, 3);
        List<Integer> seen = new ArrayList<>();
        assertTrue(k.runUntil(100, seen::add));
        assertEquals(List.of(1, 2), seen);
        assertEquals(100, k.now());
        assertEquals(1, k.pending(), "the event after the horizon stays pending");
        assertEquals(2, k.eventsProcessed());
    }

    @Test
    void shouldSetTheClockToTheHorizonWhenEventsRunOutBeforeIt() {
        Kernel k = new Kernel();
        k.schedule(5, 0);
        assertTrue(k.runUntil(1_000, p -> { }));
        assertEquals(1_000, k.now());
    }

    @Test
    void shouldContinueFromWhereTheLastRunStopped() {
        Kernel k = new Kernel();
        for (int t = 1; t <= 10; t++) {
            k.schedule(t * 100L, t);
        }
        List<Integer> seen = new ArrayList<>();
        k.runUntil(450, seen::add);
        assertEquals(List.of(1, 2, 3, 4), seen);
        k.runUntil(2_000, seen::add);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), seen);
        assertEquals(10, k.eventsProcessed());
    }

    @Test
    void shouldNeverMoveTheClockBackwards() {
        Kernel k = new Kernel();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            k.schedule(rnd.nextLong(1_000), i);
        }
        long[] last = {0};
        int[] handled = {0};
        k.runUntil(1_000_000, p -> {
            assertTrue(k.now() >= last[0], "clock went back from " + last[0] + " to " + k.now());
            last[0] = k.now();
            // each event schedules a successor (some at the same instant) until 50,000 have run
            if (++handled[0] < 50_000) {
                k.scheduleAfter(rnd.nextInt(3) == 0 ? 0 : rnd.nextLong(20), p);
            }
        });
        assertEquals(1_000_000, k.now());
    }

    @Test
    void shouldHandEqualTimesToTheModelInSchedulingOrder() {
        Kernel k = new Kernel();
        List<Integer> seen = new ArrayList<>();
        k.schedule(7, 1);
        k.schedule(7, 2);
        k.runUntil(7, p -> {
            seen.add(p);
            if (p == 1) {
                k.scheduleAfter(0, 3); // same instant, scheduled later: after 2
            }
        });
        assertEquals(List.of(1, 2, 3), seen);
    }

    @Test
    void shouldRefuseToScheduleAnEventInThePast() {
        Kernel k = new Kernel();
        k.schedule(50, 1);
        k.runUntil(50, p -> { });
        assertThrows(IllegalStateException.class, () -> k.schedule(49, 2));
        assertThrows(IllegalStateException.class, () -> k.scheduleAfter(-1, 2));
        k.schedule(50, 3); // now itself is allowed
        assertEquals(1, k.pending());
    }

    @Test
    void shouldStopEarlyWhenAStopIsRequested() {
        Kernel k = new Kernel();
        int events = 100_000;
        for (int i = 1; i <= events; i++) {
            k.schedule(i, i);
        }
        boolean reached = k.runUntil(events, p -> {
            if (p == 10) {
                k.requestStop();
            }
        });
        assertFalse(reached);
        assertTrue(k.stopRequested());
        assertTrue(k.eventsProcessed() >= 10 && k.eventsProcessed() < events,
                "stopped after " + k.eventsProcessed() + " events");
        assertEquals(k.eventsProcessed(), k.now(), "the clock stays at the last event handled");
        assertEquals(events - k.eventsProcessed(), k.pending());
    }

    @Test
    void shouldStopWhenAnotherThreadRequestsIt() throws InterruptedException {
        Kernel k = new Kernel();
        k.schedule(0, 0);
        Thread stopper = new Thread(k::requestStop);
        boolean[] started = {false};
        // an endless model: every event schedules the next one microsecond later
        boolean reached = k.runUntil(Long.MAX_VALUE / 2, p -> {
            if (!started[0]) {
                started[0] = true;
                stopper.start();
            }
            k.scheduleAfter(1, p);
        });
        stopper.join();
        assertFalse(reached);
        assertTrue(k.now() < Long.MAX_VALUE / 2);
    }
}
