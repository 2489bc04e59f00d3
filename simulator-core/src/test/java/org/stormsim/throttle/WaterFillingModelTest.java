package org.stormsim.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stormsim.dcc.DccOutcome;
import org.stormsim.scenario.DccScenario;
import org.stormsim.testing.Timeline;
import org.stormsim.testing.Timeline.Outcome;

/**
 * The water-filling reading (the default, with its forecast error of 10%) end to end through the GB
 * model on {@code requests.yaml}, with {@code reject}: the two promises checked on every decision the
 * model published (a request's decision is the record right after its submission), against the
 * allocations the gate drew: no request of a (User, category) cell that has had fewer than its
 * allocation admitted in the window is throttled, and none of a cell that has had its allocation is
 * admitted once the window's admitted non-exempt requests have reached the operating threshold.
 */
class WaterFillingModelTest {
    @Test
    void shouldKeepBothPromisesOnEveryDecisionOfTheModel() {
        DccScenario s = ThrottleRuns.scenario("requests.yaml");
        Timeline t = ThrottleRuns.timeline(s);
        ServiceRequestTrafficManagement tm = t.model.trafficManagement();
        AllocationMatrix matrix = tm.matrix();
        var c = s.throttling().serviceRequestTrafficManagement();
        long window = c.window().micros();
        long threshold = (long) Math.ceil(c.operatingThreshold() * c.capacity().perSecond() * window / 1e6);
        long[] allocation = new long[matrix.cells()];
        for (int k = 0; k < allocation.length; k++) {
            allocation[k] = (long) Math.ceil(matrix.allocation(k) * window / 1e6);
        }
        assertTrue(matrix.userAllocation(0) != 50.0 * 20 / 30, "fixture: big's allocation moved with its forecast error");
        long[] admitted = new long[matrix.cells()];
        long total = 0;
        long current = -1;
        int throttled = 0;
        int pastAllocation = 0;
        List<Outcome> all = t.outcomes;
        for (int i = 0; i < all.size(); i++) {
            Outcome o = all.get(i);
            if (o.kind() != DccOutcome.SR_SUBMITTED || List.of("2.2", "1.5").contains(o.variant())) {
                continue;
            }
            if (o.t0() / window != current) {
                current = o.t0() / window;
                java.util.Arrays.fill(admitted, 0);
                total = 0;
            }
            int cell = matrix.cellOf(o.user(), o.category());
            boolean refused = i + 1 < all.size() && all.get(i + 1).kind() == DccOutcome.SR_THROTTLED;
            if (refused) {
                throttled++;
                assertTrue(admitted[cell] >= allocation[cell], "throttled within its allocation at " + o.t0() / 1e6 + " s, cell " + cell);
            } else {
                assertTrue(admitted[cell] < allocation[cell] || total < threshold, "admitted above its allocation past the threshold at "
                        + o.t0() / 1e6 + " s, cell " + cell);
                pastAllocation += admitted[cell] >= allocation[cell] ? 1 : 0;
                admitted[cell]++;
                total++;
            }
        }
        assertTrue(throttled > 1000 && pastAllocation > 1000, "fixture: " + throttled + " throttled, " + pastAllocation
                + " admitted above their allocation from the headroom");
        assertEquals(throttled, t.count(DccOutcome.SR_THROTTLED));
    }
}
