package org.stormsim.stations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The time average's restartable window (the time series' per-interval figures) against hand
 * arithmetic, and the proof that sampling it does not change the whole-run average and maximum.
 */
class TimeAverageTest {
    @Test
    void shouldGiveTheAreaAndMaximumOfEachWindow() {
        TimeAverage a = new TimeAverage(0);
        a.add(10, 2);   // 2 from t=10
        a.add(30, 1);   // 3 from t=30
        assertEquals(2 * 20 + 3 * 30, a.windowArea(60));
        assertEquals(3, a.windowMax());
        a.restartWindow();
        a.add(70, -3);  // 0 from t=70
        assertEquals(3 * 10, a.windowArea(100));
        assertEquals(3, a.windowMax(), "the value held when the window restarted counts");
        a.restartWindow();
        assertEquals(0, a.windowArea(150));
        assertEquals(0, a.windowMax());
    }

    @Test
    void shouldCountWarmUpInTheWindowButNotInTheWholeRunAverage() {
        TimeAverage a = new TimeAverage(100);
        a.add(0, 5);
        assertEquals(5 * 50, a.windowArea(50));
        assertEquals(5.0, a.mean(200), 1e-12);
        assertEquals(5, a.max(200));
    }

    @Test
    void shouldNotChangeTheWholeRunFiguresWhenWindowsAreSampled() {
        TimeAverage sampled = new TimeAverage(25);
        TimeAverage plain = new TimeAverage(25);
        long[][] changes = {{3, 1}, {17, 2}, {26, 1}, {40, -3}, {41, 4}, {77, -2}, {90, -1}};
        long next = 10;
        for (long[] c : changes) {
            while (next <= c[0]) {
                sampled.windowArea(next);
                sampled.restartWindow();
                next += 10;
            }
            sampled.add(c[0], c[1]);
            plain.add(c[0], c[1]);
        }
        assertEquals(plain.mean(100), sampled.mean(100), 0.0);
        assertEquals(plain.max(100), sampled.max(100));
    }
}
