package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.testing.Timeline;

/**
 * The {@code counterReset} event ({@code counter-reset.yaml}): the "reset" cohort's counters reset
 * at 1 h for 1 h. Its 8002 alerts go to strictDno, which rejects alerts whose counter went back;
 * its 8F3E go to the Supplier, which does not check. The "steady" cohort's 8003 also go to
 * strictDno. Rejections are counted ({@code rejectedDuplicate}), not dropped silently.
 */
class CounterResetTest {
    private static final String FIXTURE = "counter-reset.yaml";
    private static final long FROM = DccRuns.HOUR;
    private static final long UNTIL = 2 * DccRuns.HOUR;
    private static final Predicate<Timeline.Outcome> TAKEN_IN_8002 = o -> o.code().equals("8002") && o.kind() == DccOutcome.DELIVERY_TAKEN_IN;
    private static Timeline timeline;
    private static ObjectNode summary;

    @BeforeAll
    static void run() {
        timeline = DccRuns.timeline(FIXTURE);
        summary = DccRuns.summary(FIXTURE);
    }

    private static boolean inWindow(Timeline.Outcome o) {
        return o.t0() >= FROM && o.t0() < UNTIL;
    }

    @Test
    void shouldRejectTheResetCohortsAlertsRaisedInTheWindowAtACheckingUser() {
        List<Timeline.Outcome> rejected = timeline.where(o -> o.kind() == DccOutcome.DELIVERY_REJECTED_DUPLICATE);
        // 450 ESMEs x 96 a day for 1 h = 1,800
        assertTrue(DccRuns.withinPoisson(1800, rejected.size(), 4), DccRuns.poissonMessage("rejected duplicates", 1800, rejected.size()));
        int strict = timeline.user("strictDno");
        assertTrue(rejected.stream().allMatch(o -> o.user() == strict), "only a User with rejectsDuplicateCounters rejects");
        assertTrue(rejected.stream().allMatch(o -> o.code().equals("8002")), "only the reset cohort's alerts are rejected");
        assertTrue(rejected.stream().allMatch(CounterResetTest::inWindow), "only alerts raised in the reset window are rejected");
        assertEquals(0, timeline.count(TAKEN_IN_8002.and(CounterResetTest::inWindow)),
                "every 8002 raised in the window reaches strictDno and is rejected");
    }

    @Test
    void shouldDeliverTheResetCohortsAlertsOutsideTheWindow() {
        long outside = timeline.count(TAKEN_IN_8002);
        assertTrue(DccRuns.withinPoisson(3600, outside, 4), DccRuns.poissonMessage("8002 delivered outside the window", 3600, outside));
    }

    @Test
    void shouldNotRejectAtAUserThatDoesNotCheckCounters() {
        assertEquals(0, DccRuns.count(summary, "/deliveries/byCode/8F3E/rejectedDuplicate"), "the Supplier does not check counters");
        assertEquals(0, DccRuns.count(summary, "/deliveries/byCode/8003/rejectedDuplicate"), "the steady cohort's counters did not reset");
        ObjectNode lenient = DccRuns.summary(FIXTURE, "users[1].rejectsDuplicateCounters=false");
        assertEquals(0, DccRuns.count(lenient, "/deliveries/rejectedDuplicate"));
    }

    @Test
    void shouldCountRejectedDuplicatesInTheSummaryAndLedger() {
        long rejected = timeline.count(o -> o.kind() == DccOutcome.DELIVERY_REJECTED_DUPLICATE);
        assertEquals(rejected, DccRuns.count(summary, "/deliveries/rejectedDuplicate"));
        assertEquals(rejected, DccRuns.count(summary, "/deliveries/byCode/8002/rejectedDuplicate"));
        assertEquals(rejected, DccRuns.count(summary, "/ledger/deliveries/rejectedDuplicate"));
        assertTrue(summary.at("/ledger/deliveries/balanced").asBoolean());
    }

    @Test
    void shouldRejectInEveryWindowWhenACohortResetsTwice() {
        // counter-reset-twice.yaml: the same cohort resets for 30 min from 0:30 and for 30 min from 2:00
        Timeline t = DccRuns.timeline("counter-reset-twice.yaml");
        List<Timeline.Outcome> rejected = t.where(o -> o.kind() == DccOutcome.DELIVERY_REJECTED_DUPLICATE);
        long first = rejected.stream().filter(o -> o.t0() < DccRuns.HOUR).count();
        long second = rejected.stream().filter(o -> o.t0() >= 2 * DccRuns.HOUR).count();
        assertTrue(DccRuns.withinPoisson(900, first, 4), DccRuns.poissonMessage("rejected in the first window", 900, first));
        assertTrue(DccRuns.withinPoisson(900, second, 4), DccRuns.poissonMessage("rejected in the second window", 900, second));
    }
}
