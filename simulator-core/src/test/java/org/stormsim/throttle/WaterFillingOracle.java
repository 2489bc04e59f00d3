package org.stormsim.throttle;

import java.util.List;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.scenario.DccUser;

/**
 * SECMP0067's water-filling reading, written from the text as a test oracle, for one window's
 * demand at a time: "once engaged, admitted demand is brought back to the operating threshold, by
 * cutting only Users above their allocation, and never below it (a water-filling share of the
 * headroom above the allocations)". Per cell of the threshold matrix (User x request category, in
 * User order then category order): a cell gets its demand up to its allocation; then, while the
 * window's total is below the threshold, one more request goes to the cell above its allocation that
 * has had the least beyond it so far (the lowest-numbered on a tie), until no cell has excess demand
 * left. Allocations from the text too: capacity x forecast / sum of forecasts, at least the floor (a
 * User without a forecast: the floor), split by the User's own mix; whole requests per window, a
 * cell's rounded up (a request is within its allocation while fewer than allocation x window were
 * admitted before it) and the threshold rounded up (admitting while fewer than threshold x window
 * were). No forecast error: the fixtures set none. Test threads only.
 */
final class WaterFillingOracle {
    static final int CATEGORIES = 4;
    private final long[] allocation;
    private final long threshold;

    WaterFillingOracle(DccScenario s) {
        DccThrottling.ServiceRequestTrafficManagement c = s.throttling().serviceRequestTrafficManagement();
        double seconds = c.window().micros() / 1e6;
        threshold = (long) Math.ceil(c.operatingThreshold() * c.capacity().perSecond() * seconds);
        List<DccUser> users = s.users();
        double forecasts = 0;
        for (DccUser u : users) {
            forecasts += u.forecast() == null ? 0 : u.forecast().perSecond();
        }
        allocation = new long[users.size() * CATEGORIES];
        for (int u = 0; u < users.size(); u++) {
            DccUser user = users.get(u);
            double f = user.forecast() == null ? 0 : user.forecast().perSecond();
            double perSecond = Math.max(c.minimumAllocation().perSecond(), basis(c) * f / forecasts);
            double[] weight = new double[CATEGORIES];
            for (DccUser.Mix m : user.serviceRequests().mix()) {
                ServiceCategory cat = m.category() != null ? m.category() : ServiceRequestCatalogue.get().find(m.variant()).defaultCategory();
                weight[cat.ordinal()] += m.weight();
            }
            for (int k = 0; k < CATEGORIES; k++) {
                allocation[u * CATEGORIES + k] = (long) Math.ceil(perSecond * weight[k] * seconds);
            }
        }
    }

    static int cell(int user, int category) {
        return user * CATEGORIES + category;
    }

    int cells() {
        return allocation.length;
    }

    /** Cell {@code cell}'s allocation, whole requests per window. */
    long allocation(int cell) {
        return allocation[cell];
    }

    /** The operating threshold, whole requests per window. */
    long threshold() {
        return threshold;
    }

    /** What each cell is admitted in a window of this demand once engaged. */
    long[] admitted(long[] demand) {
        long[] got = new long[demand.length];
        long total = 0;
        for (int c = 0; c < demand.length; c++) {
            got[c] = Math.min(demand[c], allocation[c]);
            total += got[c];
        }
        while (total < threshold) {
            int pick = -1;
            for (int c = 0; c < demand.length; c++) {
                if (got[c] < demand[c] && (pick < 0 || got[c] - allocation[c] < got[pick] - allocation[pick])) {
                    pick = c;
                }
            }
            if (pick < 0) {
                break;
            }
            got[pick]++;
            total++;
        }
        return got;
    }

    /** What the allocations share out: the operating threshold's requests, or the whole capacity (allocationBasis). */
    private static double basis(org.stormsim.scenario.DccThrottling.ServiceRequestTrafficManagement c) {
        return c.allocationBasis() == org.stormsim.scenario.DccThrottling.AllocationBasis.THRESHOLD
                ? c.operatingThreshold() * c.capacity().perSecond() : c.capacity().perSecond();
    }
}
