package org.stormsim.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.engine.RandomStreams;
import org.stormsim.scenario.DccScenario;

/**
 * SECMP0067's rules, unit by unit: the gate driven through {@link FakeRequests} (a few arrays, no
 * model) over the Users of {@code rules.yaml}, window by window, each window's requests in a shuffled
 * order (fixed seeds) spread evenly over it. The water-filling reading is checked against
 * {@link WaterFillingOracle} (written from the text) and its two promises at every decision:
 * no request of a (User, category) cell that has had fewer than its allocation admitted is refused,
 * and none above its allocation is admitted once the window's admitted non-exempt requests have
 * reached the operating threshold. Negative checks show the checks discriminate: the alternative
 * reading and one limit per User fail them on the same demand. Then the threshold matrix, the
 * Critical policy, the forecast error and the refusals in episodes longer than the risk limit.
 */
class TrafficManagementRulesTest {
    private static final long SECOND = 1_000_000L;
    private static final String TM = "throttling.serviceRequestTrafficManagement.";
    private static final int HEAVY = 0;
    private static final int MEDIUM = 1;
    private static final int LIGHT = 2;
    private static final int MIXED = 3;
    private static final int NOFC = 4;
    private static final int ON_DEMAND = ServiceCategory.ON_DEMAND.ordinal();
    private static final int DCC_SCHEDULED = ServiceCategory.DCC_SCHEDULED.ordinal();
    private static final int READ = variant("4.1.1");
    private static final int PROFILE = variant("4.8.1");
    private static final int CRITICAL = variant("1.1.1");
    private static final int EXEMPT = variant("2.2");

    // ---- the water-filling reading (the default)

    /** Demand above the capacity (heavy 100 a window against 40): from the first window that starts engaged, the oracle's shares, exactly. */
    @Test
    void shouldAdmitTheWaterFillingSharesAndAtMostTheThresholdInEveryWindowThatStartsEngaged() {
        Driver d = new Driver(rules());
        long[] demand = demand(100, 20, 10, 3, 2, 1); // 136 in all
        for (int w = 0; w < 10; w++) {
            d.window(w, requests(demand, READ), new Random(w));
        }
        WaterFillingOracle oracle = d.oracle;
        long[] expected = oracle.admitted(demand);
        assertEquals(40 + 14, expected[WaterFillingOracle.cell(HEAVY, ON_DEMAND)], "oracle: heavy gets its 40 and the 14 of headroom");
        for (int w = 1; w < 10; w++) {
            assertTrue(d.startedEngaged(w), "fixture: window " + w + " starts engaged");
            for (int c = 0; c < oracle.cells(); c++) {
                assertEquals(expected[c], d.admitted(w, c), "window " + w + ", cell " + c);
            }
            assertEquals(oracle.threshold(), d.admittedInWindow(w), "window " + w + ": admitted non-exempt");
        }
        assertEquals(0, d.violations, d.firstViolation);
    }

    /** Several Users above their allocation share the headroom by level; when the allocations alone pass the threshold, each is cut to its allocation. */
    @Test
    void shouldShareTheHeadroomByLevelAndNeverCutBelowTheAllocation() {
        for (long[] demand : List.of(demand(80, 50, 5, 0, 0, 6), demand(60, 40, 30, 10, 10, 5), demand(45, 31, 19, 5, 9, 3))) {
            Driver d = new Driver(rules());
            for (int w = 0; w < 4; w++) {
                d.window(w, requests(demand, READ, PROFILE), new Random(31 + w));
            }
            long[] expected = d.oracle.admitted(demand);
            long within = 0;
            for (int c = 0; c < d.oracle.cells(); c++) {
                assertEquals(expected[c], d.admitted(3, c), java.util.Arrays.toString(demand) + ", cell " + c);
                assertTrue(d.admitted(3, c) >= Math.min(demand[c], d.oracle.allocation(c)), "never below the allocation");
                within += Math.min(demand[c], d.oracle.allocation(c));
            }
            assertEquals(Math.max(d.oracle.threshold(), within), d.admittedInWindow(3), java.util.Arrays.toString(demand));
            assertEquals(0, d.violations, d.firstViolation);
        }
        long[] shares = new Driver(rules()).oracle.admitted(demand(80, 50, 5, 0, 0, 6));
        assertEquals(45, shares[WaterFillingOracle.cell(HEAVY, ON_DEMAND)], "oracle: heavy 40 + level 4 + the one left over");
        assertEquals(34, shares[WaterFillingOracle.cell(MEDIUM, ON_DEMAND)], "oracle: medium 30 + level 4");
        assertEquals(6, shares[WaterFillingOracle.cell(NOFC, ON_DEMAND)], "oracle: nofc 2 + its whole excess of 4");
    }

    /**
     * Demand that changes from window to window (every cell drawn afresh, some above their allocation):
     * both promises hold at every decision, and a window that starts engaged admits at most the
     * threshold (or the demand within allocations, if more) plus the growth of the demand within
     * allocations over the window before, the demand its shares were computed from.
     */
    @Test
    void shouldKeepBothPromisesWhenDemandChangesFromWindowToWindow() {
        Driver d = new Driver(rules());
        Random r = new Random(67);
        List<long[]> demands = new ArrayList<>();
        for (int w = 0; w < 200; w++) {
            long[] demand = demand(40 + r.nextInt(80), 10 + r.nextInt(40), r.nextInt(30), r.nextInt(10), r.nextInt(10), r.nextInt(6));
            demands.add(demand);
            d.window(w, requests(demand, READ, PROFILE), r);
        }
        int engaged = 0;
        for (int w = 1; w < 200; w++) {
            if (!d.startedEngaged(w)) {
                continue;
            }
            engaged++;
            long within = 0;
            long growth = 0;
            for (int c = 0; c < d.oracle.cells(); c++) {
                long a = d.oracle.allocation(c);
                within += Math.min(demands.get(w)[c], a);
                growth += Math.max(0, Math.min(demands.get(w)[c], a) - Math.min(demands.get(w - 1)[c], a));
            }
            long bound = Math.max(d.oracle.threshold(), within) + growth;
            assertTrue(d.admittedInWindow(w) <= bound, "window " + w + ": admitted " + d.admittedInWindow(w) + ", bound " + bound);
        }
        assertEquals(0, d.violations, d.firstViolation);
        assertTrue(engaged > 100 && d.refused > 1000, "fixture: " + engaged + " windows start engaged, " + d.refused + " refused");
    }

    /**
     * Negative check: the alternative reading, on the same demand as the first test, holds heavy to its
     * allocation and leaves the headroom to the threshold unused (76 admitted of a threshold of 90): it
     * fails the oracle's shares, so the first test discriminates between the readings.
     */
    @Test
    void shouldLeaveTheHeadroomUnusedUnderTheAlternativeReading() {
        Driver d = new Driver(rules(TM + "limitRule=greaterOfAllocationAndShare"));
        long[] demand = demand(100, 20, 10, 3, 2, 1);
        for (int w = 0; w < 5; w++) {
            d.window(w, requests(demand, READ), new Random(w));
        }
        int heavy = WaterFillingOracle.cell(HEAVY, ON_DEMAND);
        for (int w = 1; w < 5; w++) {
            assertTrue(d.startedEngaged(w), "fixture: engaged");
            assertEquals(40, d.admitted(w, heavy), "heavy is held to its limit, the greater of 40 and 90 x 40/102");
            assertEquals(76, d.admittedInWindow(w), "every other User's demand and heavy's allocation");
            assertNotEquals(d.oracle.admitted(demand)[heavy], d.admitted(w, heavy), "the water-filling share is 54");
        }
        assertEquals(0, d.violations, "neither promise is broken: the alternative cuts more, not less");
    }

    /**
     * When every User is at or above its allocation, the allocations alone (102 a window, the capacity
     * and nofc's floor) pass the threshold: both readings admit exactly the allocations, since neither
     * cuts a User below its allocation. This is the known property of the alternative ("a throttled
     * system may still admit up to the capacity"), and the water-filling reading shares it: holding
     * such demand to the threshold would take allocations that add up to at most the threshold.
     */
    @Test
    void shouldAdmitTheAllocationsUnderEitherReadingWhenEveryUserIsAboveItsAllocation() {
        long[] demand = demand(60, 40, 30, 10, 10, 5);
        for (String rule : List.of("waterFilling", "greaterOfAllocationAndShare")) {
            Driver d = new Driver(rules(TM + "limitRule=" + rule));
            for (int w = 0; w < 4; w++) {
                d.window(w, requests(demand, READ, PROFILE), new Random(w));
            }
            assertEquals(102, d.admittedInWindow(3), rule + ": admitted non-exempt, of a threshold of 90");
            assertEquals(0, d.violations, d.firstViolation);
        }
    }

    /**
     * The same demand with the allocations shares of the operating threshold (the default basis): the
     * allocations together fit under the threshold, so a window that starts engaged admits at most
     * the threshold (the floors and the rounding up of each cell's allocation aside) and still refuses
     * nobody within its allocation.
     */
    @Test
    void shouldAdmitAtMostTheThresholdWhenTheAllocationsShareTheThreshold() {
        long[] demand = demand(60, 40, 30, 10, 10, 5);
        Driver d = new Driver(rules(TM + "allocationBasis=threshold"));
        for (int w = 0; w < 4; w++) {
            d.window(w, requests(demand, READ, PROFILE), new Random(w));
        }
        // five Users, six cells: each cell's allocation is rounded up to a whole request, at most one more each
        long admitted = d.admittedInWindow(3);
        assertTrue(admitted <= 90 + 6, "admitted non-exempt " + admitted + ", of a threshold of 90");
        assertTrue(admitted >= 88, "the threshold is used: " + admitted);
        assertEquals(0, d.violations, d.firstViolation);
    }

    /**
     * The threshold matrix: mixed sends 9 on-demand requests a window against an on-demand allocation of
     * 5 (and nothing DCC-scheduled): its cell is cut to its water-filling share. Negative check: with one
     * limit per User, mixed is within its whole 10 and has all 9 admitted. With {@code categorySplit:
     * even} each category gets a quarter.
     */
    @Test
    void shouldSetALimitPerUserAndCategory() {
        long[] demand = demand(100, 40, 10, 9, 0, 1); // mixed: 9 on-demand against 5, nothing DCC-scheduled; 9 against its whole 10
        Driver matrix = new Driver(rules());
        Driver perUser = new Driver(rules(TM + "limitBy=user"));
        for (int w = 0; w < 5; w++) {
            matrix.window(w, requests(demand, READ), new Random(w));
            perUser.window(w, requests(demand, READ), new Random(w));
        }
        int mixedOnDemand = WaterFillingOracle.cell(MIXED, ON_DEMAND);
        long[] expected = matrix.oracle.admitted(demand);
        assertEquals(5, matrix.oracle.allocation(mixedOnDemand), "oracle: mixed's 10/s split 5/5 by its mix");
        for (int w = 1; w < 5; w++) {
            assertEquals(expected[mixedOnDemand], matrix.admitted(w, mixedOnDemand), "matrix: mixed on-demand gets its cell's share");
            assertEquals(9, perUser.admitted(w, mixedOnDemand), "per User: mixed is within its 10 a window");
        }
        assertTrue(expected[mixedOnDemand] < 9, "fixture: the matrix cuts mixed's on-demand requests");
        assertEquals(0, matrix.violations, matrix.firstViolation);
        assertTrue(perUser.admitted(4, mixedOnDemand) > expected[mixedOnDemand], "one limit per User lets a category take another's allocation");
        ServiceRequestTrafficManagement even = new Driver(rules(TM + "categorySplit=even")).gate;
        assertEquals(2.5, even.matrix().allocation(even.matrix().cellOf(MIXED, ON_DEMAND)), 1e-12, "even: 10/s over four categories");
        assertEquals(2.5, even.matrix().allocation(even.matrix().cellOf(MIXED, ServiceCategory.FIRMWARE.ordinal())), 1e-12);
    }

    /**
     * Negative checks of the promise checks themselves: a gate whose threshold is 100 a window, checked
     * against the promises of 90, admits requests above their allocation past 90; a gate with one limit
     * per User refuses mixed's on-demand requests (3 a window, within their cell's 5) because its
     * DCC-scheduled ones take it over its whole 10.
     */
    @Test
    void shouldFlagAGateThatBreaksEitherPromise() {
        Driver higher = new Driver(rules(TM + "operatingThreshold=1"), rules());
        Driver perUser = new Driver(rules(TM + "limitBy=user"), rules());
        for (int w = 0; w < 5; w++) {
            higher.window(w, requests(demand(100, 20, 10, 3, 2, 1), READ), new Random(w));
            perUser.window(w, requests(demand(100, 20, 10, 3, 20, 1), READ), new Random(w));
        }
        assertTrue(higher.pastThreshold > 0, "a threshold of 100 against the promise of 90");
        assertEquals(0, higher.refusedWithin, "it still refuses nothing within an allocation");
        assertTrue(perUser.refusedWithin > 0, "one limit per User against the promise per cell");
    }

    @Test
    void shouldNeverThrottleAnExemptVariantNorCountIt() {
        Driver d = new Driver(rules());
        long[] demand = demand(100, 20, 10, 3, 2, 1);
        for (int w = 0; w < 4; w++) {
            List<int[]> all = requests(demand, READ);
            for (int k = 0; k < 30; k++) {
                all.add(new int[] {HEAVY, EXEMPT, ON_DEMAND});
            }
            d.window(w, all, new Random(w));
        }
        assertEquals(0, d.refusedOf(EXEMPT));
        assertEquals(120, d.admittedOf(EXEMPT));
        assertEquals(d.oracle.threshold(), d.admittedInWindow(3), "exempt requests are not in the admitted non-exempt count");
    }

    // ---- Critical Service Requests

    /** {@code critical: exempt} (the default): a Critical variant is never refused, however far above its allocation its User is. */
    @Test
    void shouldNeverThrottleACriticalRequestByDefault() {
        Driver d = criticalRun("exempt");
        assertTrue(ServiceRequestCatalogue.get().at(CRITICAL).critical(), "fixture: 1.1.1 is Critical");
        assertEquals(0, d.refusedOf(CRITICAL));
        assertTrue(d.refusedOf(READ) > 0, "fixture: heavy's other requests are refused");
    }

    /** {@code critical: throttleLast}: a Critical request above its cell's limit passes until the window's admitted requests reach the threshold. */
    @Test
    void shouldThrottleCriticalRequestsOnlyOnceTheThresholdIsReached() {
        Driver d = criticalRun("throttleLast");
        assertTrue(d.refusedOf(CRITICAL) > 0, "fixture: Critical requests are refused at the end of a window");
        assertEquals(0, d.criticalRefusedBelowThreshold, "a Critical request refused while the window was below the threshold");
        assertTrue(d.criticalAdmittedPastLimit > 0, "Critical requests pass after their cell's other requests were refused");
        assertEquals(0, d.violations, d.firstViolation);
    }

    /** {@code critical: asOthers}: Critical requests are cut like any other (negative check of the one above). */
    @Test
    void shouldThrottleCriticalRequestsAsOthersWhenAsked() {
        Driver d = criticalRun("asOthers");
        assertTrue(d.criticalRefusedBelowThreshold > 0, "Critical requests are refused at the cell's limit, below the threshold");
        assertEquals(0, d.violations, d.firstViolation);
    }

    private static Driver criticalRun(String policy) {
        Driver d = new Driver(rules(TM + "critical=" + policy));
        long[] demand = demand(70, 20, 10, 3, 2, 1);
        for (int w = 0; w < 6; w++) {
            List<int[]> all = requests(demand, READ);
            for (int k = 0; k < 30; k++) {
                all.add(new int[] {HEAVY, CRITICAL, ON_DEMAND});
            }
            d.window(w, all, new Random(w));
        }
        return d;
    }

    // ---- forecast error

    @Test
    void shouldDrawTheForecastErrorPerUserFromItsNamedStream() {
        DccScenario s = rules(TM + "forecastError=0.1");
        double[] a = allocations(s, 67, 0);
        double[] again = allocations(s, 67, 0);
        double[] other = allocations(s, 67, 1);
        double[] exact = allocations(rules(), 67, 0);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(again), "the same seed and replication, the same allocations");
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(other), "another replication, other errors");
        assertEquals(2.0, a[NOFC], 0.0, "a User without a forecast gets the floor");
        assertEquals(40.0, exact[HEAVY], 1e-12, "no error: capacity x 40/100");
        assertNotEquals(exact[HEAVY], a[HEAVY], "with an error, heavy's allocation moves");
        assertEquals(100.0, a[HEAVY] + a[MEDIUM] + a[LIGHT] + a[MIXED], 1e-9, "the shares of the held forecasts still add up to the capacity");
        // held = forecast / (1 + e), e uniform in [-0.1, 0.1]: heavy's share moves by less than the ratio of the extremes
        assertTrue(a[HEAVY] > 40 * 0.9 / 1.1 && a[HEAVY] < 40 * 1.1 / 0.9, "heavy " + a[HEAVY]);
    }

    @Test
    void shouldDrawErrorsUniformlyWithinTheAccuracy() {
        RandomStreams streams = new RandomStreams(67, 0);
        List<org.stormsim.scenario.DccUser> users = rules().users();
        int n = 0;
        double sum = 0;
        double most = 0;
        double[] errors = new double[users.size()];
        for (int rep = 0; rep < 400; rep++) {
            double[] held = ForecastError.held(users, 0.1, new RandomStreams(67, rep).stream("throttle:forecastError"), errors);
            for (int u = 0; u < NOFC; u++) {
                assertEquals(users.get(u).forecast().perSecond() / (1 + errors[u]), held[u], 1e-12);
                sum += errors[u];
                most = Math.max(most, Math.abs(errors[u]));
                n++;
            }
            assertTrue(Double.isNaN(held[NOFC]), "no forecast, none held");
        }
        double sd = 0.1 / Math.sqrt(3) / Math.sqrt(n); // the standard error of the mean of n uniform errors
        assertTrue(Math.abs(sum / n) < 4 * sd, "mean error " + sum / n + ", 4 standard errors " + 4 * sd);
        assertTrue(most <= 0.1 && most > 0.099, "largest |e| " + most);
        assertEquals(0.0, ForecastError.held(users, 0, streams.stream("x"), errors)[HEAVY] - 40, 0.0, "no error: the forecast as given");
    }

    private static double[] allocations(DccScenario s, long seed, int replication) {
        ServiceRequestTrafficManagement tm = new ServiceRequestTrafficManagement(s.throttling().serviceRequestTrafficManagement(),
                new FakeRequests(), s.users(), new RandomStreams(seed, replication).stream("throttle:forecastError"));
        double[] out = new double[s.users().size()];
        for (int u = 0; u < out.length; u++) {
            out[u] = tm.matrix().userAllocation(u);
        }
        return out;
    }

    // ---- how long a throttle lasts

    /**
     * heavy is refused in windows 0-2 (an episode from its first refusal to the end of window 2, over
     * 1 s) and in window 5 alone (under 1 s): only the first episode's refusals count as refused in
     * episodes longer than the risk limit; with a limit of 5 s, none do.
     */
    @Test
    void shouldCountTheRefusalsOfEpisodesLongerThanTheRiskLimit() {
        for (String limit : List.of("1s", "5s")) {
            Driver d = new Driver(rules(TM + "riskLimit=" + limit));
            long[] storm = demand(100, 20, 10, 3, 2, 1);
            long[] calm = demand(30, 20, 10, 3, 2, 1);
            for (int w = 0; w < 8; w++) {
                d.window(w, requests(w <= 2 || w == 5 ? storm : calm, READ), new Random(w));
            }
            d.gate.finish(8 * SECOND);
            long inLong = 0;
            for (int w = 0; w <= 2; w++) {
                inLong += d.refusedOfUser(HEAVY, w);
            }
            assertTrue(inLong > 100 && d.refusedOfUser(HEAVY, 5) > 0, "fixture: heavy refused in both episodes");
            EpisodeTracker heavy = d.gate.userEpisodes(HEAVY);
            assertEquals(2, heavy.count(), "heavy's episodes");
            long expected = limit.equals("1s") ? inLong : 0;
            assertEquals(expected, heavy.affectedInLongerThanRiskLimit(), "risk limit " + limit);
            assertEquals(limit.equals("1s") ? 1 : 0, heavy.longerThanRiskLimit());
            assertEquals(0, d.gate.userEpisodes(LIGHT).affectedInLongerThanRiskLimit(), "light is never refused");
            ThrottlingStats.Management stats = d.gate.stats();
            assertEquals(4 * 136 + 4 * 66, stats.presentedByUser()[HEAVY] + stats.presentedByUser()[MEDIUM] + stats.presentedByUser()[LIGHT]
                    + stats.presentedByUser()[MIXED] + stats.presentedByUser()[NOFC], "every request presented once");
        }
    }

    /** The counts the sampler reads: every non-exempt request presented is admitted, refused or deferred, once. */
    @Test
    void shouldCountEveryNonExemptRequestAsAdmittedRefusedOrDeferred() {
        Driver d = new Driver(rules());
        for (int w = 0; w < 5; w++) {
            d.window(w, requests(demand(100, 20, 10, 3, 2, 1), READ), new Random(w));
        }
        assertEquals(5 * 136, d.gate.admittedNonExempt() + d.gate.refusedNonExempt() + d.gate.deferredNonExempt());
        assertEquals(d.refused, d.gate.refusedNonExempt());
        assertEquals(0, d.gate.deferredNonExempt());
    }

    // ---- the driver

    private static DccScenario rules(String... overrides) {
        return ThrottleRuns.scenario("rules.yaml", overrides);
    }

    private static int variant(String id) {
        return ServiceRequestCatalogue.get().find(id).index();
    }

    /** Demand per cell of the matrix: heavy, medium, light and nofc on-demand, mixed on-demand and DCC-scheduled. */
    private static long[] demand(long heavy, long medium, long light, long mixedOnDemand, long mixedScheduled, long nofc) {
        long[] d = new long[5 * WaterFillingOracle.CATEGORIES];
        d[WaterFillingOracle.cell(HEAVY, ON_DEMAND)] = heavy;
        d[WaterFillingOracle.cell(MEDIUM, ON_DEMAND)] = medium;
        d[WaterFillingOracle.cell(LIGHT, ON_DEMAND)] = light;
        d[WaterFillingOracle.cell(MIXED, ON_DEMAND)] = mixedOnDemand;
        d[WaterFillingOracle.cell(MIXED, DCC_SCHEDULED)] = mixedScheduled;
        d[WaterFillingOracle.cell(NOFC, ON_DEMAND)] = nofc;
        return d;
    }

    /** The requests of one window's demand, as {user, variant, category}: on-demand ones of {@code onDemand}, DCC-scheduled ones of 4.8.1. */
    private static List<int[]> requests(long[] demand, int onDemand) {
        return requests(demand, onDemand, PROFILE);
    }

    private static List<int[]> requests(long[] demand, int onDemand, int scheduled) {
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < demand.length; c++) {
            int category = c % WaterFillingOracle.CATEGORIES;
            for (long k = 0; k < demand[c]; k++) {
                out.add(new int[] {c / WaterFillingOracle.CATEGORIES, category == ON_DEMAND ? onDemand : scheduled, category});
            }
        }
        return out;
    }

    /**
     * Drives a gate window by window and checks, at every decision, the water-filling promises from
     * outside the gate: a request whose cell has had fewer than its allocation admitted in the window
     * is admitted, and one whose cell has had its allocation is not admitted once the window's admitted
     * non-exempt requests have reached the threshold (each violation counted, the first described).
     */
    private static final class Driver {
        final ServiceRequestTrafficManagement gate;
        final WaterFillingOracle oracle;
        final FakeRequests view = new FakeRequests();
        final List<long[]> admittedByWindow = new ArrayList<>();
        final List<long[]> refusedByUserAndWindow = new ArrayList<>();
        final List<Long> admittedTotalByWindow = new ArrayList<>();
        final List<Long> demandByWindow = new ArrayList<>();
        final long[] admittedOfVariant = new long[ServiceRequestCatalogue.get().size()];
        final long[] refusedOfVariant = new long[ServiceRequestCatalogue.get().size()];
        final double thresholdPerWindow;
        final boolean criticalExempt;
        long refused;
        int violations;
        int refusedWithin;
        int pastThreshold;
        String firstViolation = "";
        long criticalRefusedBelowThreshold;
        long criticalAdmittedPastLimit;

        Driver(DccScenario s) {
            this(s, s);
        }

        /** The gate of {@code s} checked against the promises of {@code promised}. */
        Driver(DccScenario s, DccScenario promised) {
            gate = new ServiceRequestTrafficManagement(s.throttling().serviceRequestTrafficManagement(), view, s.users(),
                    new RandomStreams(s.seed(), 0).stream("throttle:forecastError"));
            oracle = new WaterFillingOracle(promised);
            var c = s.throttling().serviceRequestTrafficManagement();
            thresholdPerWindow = c.operatingThreshold() * c.capacity().perSecond() * c.window().seconds();
            criticalExempt = c.critical() == org.stormsim.scenario.DccThrottling.Critical.EXEMPT;
        }

        void window(int w, List<int[]> requests, Random order) {
            List<int[]> shuffled = new ArrayList<>(requests);
            Collections.shuffle(shuffled, order);
            long[] admitted = new long[oracle.cells()];
            long[] refusedByUser = new long[5];
            boolean[] refusedCell = new boolean[oracle.cells()];
            long total = 0;
            for (int i = 0; i < shuffled.size(); i++) {
                int[] r = shuffled.get(i);
                int cell = WaterFillingOracle.cell(r[0], r[2]);
                long t = w * SECOND + i * SECOND / shuffled.size();
                int decision = gate.decide(view.add(r[0], r[1], r[2]), t);
                boolean exempt = r[1] == EXEMPT || r[1] == CRITICAL && criticalExempt;
                if (decision == RequestGate.ADMIT) {
                    admittedOfVariant[r[1]]++;
                    if (!exempt) {
                        boolean ok = admitted[cell] < oracle.allocation(cell) || total < oracle.threshold();
                        pastThreshold += ok ? 0 : 1;
                        check(ok, w, cell, "admitted above its allocation with the window at the threshold");
                        criticalAdmittedPastLimit += r[1] == CRITICAL && refusedCell[cell] ? 1 : 0;
                        admitted[cell]++;
                        total++;
                    }
                } else {
                    refused++;
                    refusedOfVariant[r[1]]++;
                    refusedByUser[r[0]]++;
                    refusedCell[cell] = true;
                    refusedWithin += admitted[cell] >= oracle.allocation(cell) ? 0 : 1;
                    check(admitted[cell] >= oracle.allocation(cell), w, cell, "refused within its allocation");
                    criticalRefusedBelowThreshold += r[1] == CRITICAL && total < oracle.threshold() ? 1 : 0;
                }
            }
            admittedByWindow.add(admitted);
            refusedByUserAndWindow.add(refusedByUser);
            admittedTotalByWindow.add(total);
            demandByWindow.add((long) shuffled.size());
        }

        private void check(boolean ok, int w, int cell, String what) {
            if (!ok && violations++ == 0) {
                firstViolation = "window " + w + ", cell " + cell + ": " + what;
            }
        }

        boolean startedEngaged(int w) {
            return w > 0 && demandByWindow.get(w - 1) > thresholdPerWindow;
        }

        long admitted(int w, int cell) {
            return admittedByWindow.get(w)[cell];
        }

        long admittedInWindow(int w) {
            return admittedTotalByWindow.get(w);
        }

        long refusedOfUser(int user, int w) {
            return refusedByUserAndWindow.get(w)[user];
        }

        long admittedOf(int variant) {
            return admittedOfVariant[variant];
        }

        long refusedOf(int variant) {
            return refusedOfVariant[variant];
        }
    }
}
