package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stormsim.testing.Timeline;

/**
 * Time-outs and resubmissions ({@code retries.yaml}): five Users that differ only in time-out and
 * retry policy, throttling off. A User resubmits only after a time-out, never more often than it
 * timed out, after exactly its retry delay (doubling per attempt when exponential), and never past
 * maxAttempts.
 */
class RetryTest {
    private static final String FIXTURE = "retries.yaml";
    private static ObjectNode summary;
    private static Timeline timeline;

    @BeforeAll
    static void run() {
        summary = DccRuns.summary(FIXTURE);
        timeline = DccRuns.timeline(FIXTURE);
    }

    private static JsonNode user(String id) {
        return summary.at("/serviceRequests/byUser/" + id);
    }

    @Test
    void shouldTimeOutAShareOfRequestsWithAnEightSecondTimeout() {
        for (String id : List.of("noRetry", "fixedRetry", "exponentialRetry", "singleAttempt")) {
            JsonNode u = user(id);
            double p = u.at("/timedOut").asDouble() / u.at("/submitted").asDouble();
            assertTrue(p > 0.2 && p < 0.4, id + ": about 30% of 7.3 s round trips should pass 8 s, got " + p);
        }
        assertEquals(0, user("patient").at("/timedOut").asLong(), "nothing takes 10 min on an idle network");
    }

    @Test
    void shouldTimeOutExactlyTheUsersTimeOutAfterSubmission() {
        List<Timeline.Outcome> timeOuts = timeline.where(o -> o.kind() == DccOutcome.SR_TIMED_OUT);
        assertTrue(timeOuts.size() > 1000);
        for (Timeline.Outcome o : timeOuts) {
            assertEquals(8 * DccRuns.SECOND, o.t2() - o.t0(), "a time-out of 8 s fired at the wrong time: " + o);
        }
    }

    @Test
    void shouldNeverResubmitWithRetryPolicyNone() {
        assertTrue(user("noRetry").at("/timedOut").asLong() > 1000);
        assertEquals(0, user("noRetry").at("/resubmitted").asLong());
    }

    @Test
    void shouldNeverResubmitWhenMaxAttemptsIsOne() {
        assertTrue(user("singleAttempt").at("/timedOut").asLong() > 1000);
        assertEquals(0, user("singleAttempt").at("/resubmitted").asLong());
    }

    @Test
    void shouldNeverResubmitWithoutTimeOuts() {
        assertEquals(0, user("patient").at("/timedOut").asLong());
        assertEquals(0, user("patient").at("/resubmitted").asLong(), "a retry policy alone must not add requests");
    }

    @Test
    void shouldResubmitAtMostOncePerTimeOut() {
        for (String id : List.of("fixedRetry", "exponentialRetry")) {
            JsonNode u = user(id);
            long timedOut = u.at("/timedOut").asLong();
            long resubmitted = u.at("/resubmitted").asLong();
            assertTrue(timedOut > 0 && resubmitted > 0, id + ": time-outs and resubmissions expected, got " + u);
            assertTrue(resubmitted <= timedOut, id + ": resubmitted " + resubmitted + " > timed out " + timedOut);
            assertEquals(0, u.at("/throttled").asLong());
        }
        assertEquals(DccRuns.count(summary, "/serviceRequests/resubmitted"),
                user("fixedRetry").at("/resubmitted").asLong() + user("exponentialRetry").at("/resubmitted").asLong());
    }

    @Test
    void shouldResubmitAsOftenAsIndependentAttemptsTimeOut() {
        // each attempt times out with probability p (the WAN is idle, so attempts are independent);
        // a chain of first attempts then gives first * (p + p^2 + ... + p^(maxAttempts-1)) resubmissions
        assertResubmissions("fixedRetry", 3);
        assertResubmissions("exponentialRetry", 4);
    }

    private static void assertResubmissions(String id, int maxAttempts) {
        JsonNode u = user(id);
        double submitted = u.at("/submitted").asDouble();
        double resubmitted = u.at("/resubmitted").asDouble();
        double p = u.at("/timedOut").asDouble() / submitted;
        double first = submitted - resubmitted;
        double expected = 0;
        for (int k = 1; k < maxAttempts; k++) {
            expected += first * Math.pow(p, k);
        }
        // binomial error on about 1,400 resubmissions: sd about 3%; allow 10%
        assertEquals(expected, resubmitted, 0.10 * expected, id + " resubmissions");
    }

    @Test
    void shouldResubmitExactlyOneRetryDelayAfterATimeOut() {
        assertEveryResubmissionFollowsATimeOut("fixedRetry", attempt -> 30 * DccRuns.SECOND, 3);
        assertEveryResubmissionFollowsATimeOut("exponentialRetry", attempt -> (10 * DccRuns.SECOND) << (attempt - 2), 4);
    }

    private static void assertEveryResubmissionFollowsATimeOut(String id, java.util.function.IntToLongFunction delayBefore, int maxAttempts) {
        int u = timeline.user(id);
        Map<Long, Integer> timeOuts = new HashMap<>();
        for (Timeline.Outcome o : timeline.where(o -> o.kind() == DccOutcome.SR_TIMED_OUT && o.user() == u)) {
            timeOuts.merge(o.t2(), 1, Integer::sum);
        }
        List<Timeline.Outcome> resubmissions = timeline.where(o -> o.kind() == DccOutcome.SR_SUBMITTED && o.user() == u && o.t1() > 1);
        assertTrue(resubmissions.size() > 100, id + ": too few resubmissions to judge: " + resubmissions.size());
        for (Timeline.Outcome r : resubmissions) {
            int attempt = (int) r.t1();
            assertTrue(attempt <= maxAttempts, id + ": attempt " + attempt + " beyond maxAttempts " + maxAttempts);
            long timedOutAt = r.t0() - delayBefore.applyAsLong(attempt);
            Integer n = timeOuts.get(timedOutAt);
            assertTrue(n != null && n > 0, id + ": attempt " + attempt + " submitted at " + r.t0() + " us has no time-out "
                    + delayBefore.applyAsLong(attempt) + " us before it");
            timeOuts.put(timedOutAt, n - 1);
        }
    }
}
