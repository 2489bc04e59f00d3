package org.stormsim.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Episodes as the report sees them: the time engaged up to any moment (the time series' engaged
 * fraction), agreeing with the closed episodes' total, and the bounded list of (start, duration).
 */
class EpisodeTrackerTest {
    private static final long W = 1_000_000; // 1 s windows

    @Test
    void shouldCountTheOpenEpisodeUpToNowAndTheClosedOnesWhole() {
        EpisodeTracker t = new EpisodeTracker(W);
        t.engage(2, 2_400_000);                 // engaged from 2.4 s to the end of window 2 at least
        assertEquals(100_000, t.engagedMicrosUntil(2_500_000));
        assertEquals(600_000, t.engagedMicrosUntil(3_200_000), "an engaged window stays engaged to its end");
        t.engage(3, 3_100_000);                 // goes on into window 3
        assertEquals(1_100_000, t.engagedMicrosUntil(3_500_000));
        t.engage(7, 7_900_000);                 // a new episode: the first closes at 4 s
        assertEquals(1_600_000, t.engagedMicrosUntil(7_900_000));
        t.close(8_000_000);
        assertEquals(1_700_000, t.engagedMicrosUntil(9_000_000));
        assertEquals(1.7, t.totalSeconds(), 1e-12);
    }

    @Test
    void shouldListEpisodesInOrderWithTheirDurations() {
        EpisodeTracker t = new EpisodeTracker(W);
        t.engage(2, 2_400_000);
        t.engage(7, 7_900_000);
        t.close(Long.MAX_VALUE);
        assertEquals(2, t.listed());
        assertEquals(2_400_000, t.listedStart(0));
        assertEquals(600_000, t.listedDuration(0));
        assertEquals(7_900_000, t.listedStart(1));
        assertEquals(100_000, t.listedDuration(1));
    }

    @Test
    void shouldKeepTheFirstListedEpisodesOnlyButCountThemAll() {
        EpisodeTracker t = new EpisodeTracker(W);
        int n = EpisodeTracker.LISTED + 5;
        for (long w = 0; w < 2L * n; w += 2) {
            t.engage(w, w * W);
        }
        t.close(Long.MAX_VALUE);
        assertEquals(n, t.count());
        assertEquals(EpisodeTracker.LISTED, t.listed());
        assertEquals(2L * (EpisodeTracker.LISTED - 1) * W, t.listedStart(EpisodeTracker.LISTED - 1));
        assertEquals(n, t.durations().getTotalCount());
    }
}
