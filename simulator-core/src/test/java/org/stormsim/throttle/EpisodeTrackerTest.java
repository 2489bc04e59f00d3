package org.stormsim.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Episodes as the report sees them: the time engaged up to any moment (the time series' engaged
 * fraction), agreeing with the closed episodes' total, and the bounded list of (start, duration);
 * and the episodes longer than the risk limit, with the requests they affected.
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

    /** 1.5 s (windows 0-1 from 0.5 s) with 3 refusals, 0.8 s with 2, exactly 1 s with 4: only the first is longer than 1 s. */
    @Test
    void shouldCountTheRequestsAffectedInEpisodesLongerThanTheRiskLimit() {
        EpisodeTracker t = new EpisodeTracker(W, W);
        t.engage(0, 500_000);
        t.affect();
        t.affect();
        t.engage(1, 1_100_000);
        t.affect();
        t.engage(5, 5_200_000);
        t.affect();
        t.affect();
        t.engage(9, 9_000_000);
        for (int i = 0; i < 4; i++) {
            t.affect();
        }
        t.close(Long.MAX_VALUE);
        assertEquals(3, t.count());
        assertEquals(9, t.affected());
        assertEquals(1, t.longerThanRiskLimit(), "an episode of exactly the limit is not longer than it");
        assertEquals(3, t.affectedInLongerThanRiskLimit());
        EpisodeTracker none = new EpisodeTracker(W);
        none.engage(0, 0);
        none.engage(1, W);
        none.affect();
        none.close(Long.MAX_VALUE);
        assertEquals(0, none.longerThanRiskLimit(), "without a risk limit no episode is over it");
    }
}
