package org.stormsim.throttle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.scenario.DccUser;

/**
 * SECMP0067 with {@code onThrottle: reject}, written from the rule as a test oracle. Time is
 * cut into windows; a request counts as demand in its window; management engages once demand in the
 * window exceeds the operating threshold (operatingThreshold x capacity x window), or the previous
 * window's demand did, and a request it could throttle comes; while engaged, a User that has had its limit admitted in the window (the
 * greater of its allocation and its share of the threshold; allocations by forecast with the floor, or
 * equal) has further non-exempt requests throttled. Exempt variants always pass. It also keeps the
 * throttle episodes: maximal runs of consecutive engaged windows, from the moment of engagement to the
 * end of the last window (for a User: of consecutive windows in which it had a request throttled, from
 * the first). Times in microseconds. Test threads only.
 */
final class RequestOracle {
    private final long window;
    private final double thresholdPerWindow;
    private final double[] limit;
    private final List<String> exempt;
    private final long[] admitted;
    private final TreeMap<Long, Long> engagedAt = new TreeMap<>();
    private final List<TreeMap<Long, Long>> userThrottledAt = new ArrayList<>();
    private long current = Long.MIN_VALUE;
    private long demand;
    private boolean engaged;
    private boolean startsEngaged;

    RequestOracle(DccScenario s) {
        DccThrottling.ServiceRequestTrafficManagement c = s.throttling().serviceRequestTrafficManagement();
        window = c.window().micros();
        double seconds = window / 1e6;
        double threshold = c.operatingThreshold() * c.capacity().perSecond();
        thresholdPerWindow = threshold * seconds;
        double[] allocation = allocations(s, c);
        double total = 0;
        for (double a : allocation) {
            total += a;
        }
        limit = new double[allocation.length];
        for (int u = 0; u < limit.length; u++) {
            limit[u] = Math.max(allocation[u], threshold * allocation[u] / total) * seconds;
            userThrottledAt.add(new TreeMap<>());
        }
        exempt = c.exempt();
        admitted = new long[limit.length];
    }

    /** The requests a User may have admitted in one window while management is engaged. */
    double limitPerWindow(int user) {
        return limit[user];
    }

    double thresholdPerWindow() {
        return thresholdPerWindow;
    }

    long window() {
        return window;
    }

    /** A request of {@code variant} from {@code user} at {@code t}: whether it is throttled. */
    boolean throttles(long t, int user, String variant) {
        long w = t / window;
        if (w != current) {
            startsEngaged = w == current + 1 && demand > thresholdPerWindow; // the previous window's demand exceeded
            current = w;
            demand = 0;
            engaged = false;
            java.util.Arrays.fill(admitted, 0);
        }
        demand++;
        if (exempt.contains(variant)) {
            return false;
        }
        if (!engaged && (startsEngaged || demand > thresholdPerWindow)) {
            engaged = true;
            engagedAt.put(w, t);
        }
        if (engaged && admitted[user] >= limit[user]) {
            userThrottledAt.get(user).putIfAbsent(w, t);
            return true;
        }
        admitted[user]++;
        return false;
    }

    /** System-wide episodes as {start, stop} pairs, the last cut at {@code end}. */
    List<long[]> episodes(long end) {
        return episodes(engagedAt, end);
    }

    List<long[]> userEpisodes(int user, long end) {
        return episodes(userThrottledAt.get(user), end);
    }

    private List<long[]> episodes(TreeMap<Long, Long> firstTimeByWindow, long end) {
        List<long[]> out = new ArrayList<>();
        long first = 0;
        long last = Long.MIN_VALUE;
        for (Map.Entry<Long, Long> e : firstTimeByWindow.entrySet()) {
            if (last != Long.MIN_VALUE && e.getKey() == last + 1) {
                last = e.getKey();
                continue;
            }
            if (last != Long.MIN_VALUE) {
                out.add(new long[] {first, Math.min(end, (last + 1) * window)});
            }
            first = e.getValue();
            last = e.getKey();
        }
        if (last != Long.MIN_VALUE) {
            out.add(new long[] {first, Math.min(end, (last + 1) * window)});
        }
        return out;
    }

    private static double[] allocations(DccScenario s, DccThrottling.ServiceRequestTrafficManagement c) {
        List<DccUser> users = s.users();
        double floor = c.minimumAllocation().perSecond();
        double[] out = new double[users.size()];
        if (c.allocation() == DccThrottling.Allocation.EQUAL) {
            java.util.Arrays.fill(out, Math.max(floor, basis(c) / out.length));
            return out;
        }
        double forecasts = 0;
        for (DccUser u : users) {
            forecasts += u.forecast() == null ? 0 : u.forecast().perSecond();
        }
        for (int i = 0; i < out.length; i++) {
            double f = users.get(i).forecast() == null ? 0 : users.get(i).forecast().perSecond();
            out[i] = Math.max(floor, basis(c) * f / forecasts);
        }
        return out;
    }

    /** What the allocations share out: the operating threshold's requests, or the whole capacity (allocationBasis). */
    private static double basis(org.stormsim.scenario.DccThrottling.ServiceRequestTrafficManagement c) {
        return c.allocationBasis() == org.stormsim.scenario.DccThrottling.AllocationBasis.THRESHOLD
                ? c.operatingThreshold() * c.capacity().perSecond() : c.capacity().perSecond();
    }
}
