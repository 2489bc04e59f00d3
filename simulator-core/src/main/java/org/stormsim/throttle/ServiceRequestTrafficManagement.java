package org.stormsim.throttle;

import java.util.List;
import org.agrona.collections.IntArrayQueue;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.scenario.DccUser;

/**
 * SECMP0067 Service Request traffic management at the DSP. Time is cut into measurement windows.
 * Management engages in a window once the requests submitted in it exceed the operating threshold
 * (a share of the capacity), or from its start when the previous window's did, and stays engaged to
 * the window's end. While engaged, a User that has
 * already had its limit admitted in the window (the greater of its allocation and its share of the
 * operating threshold) has its further non-exempt requests throttled: rejected (the User may retry)
 * or deferred to later windows, where they are re-presented in order, each User's first. Users
 * within their allocation, exempt variants, and every request while demand is below the threshold,
 * pass. It sees requests only through a {@link RequestView}, so it is tested without a model.
 * Kernel thread only.
 */
public final class ServiceRequestTrafficManagement implements RequestGate {
    private final RequestView view;
    private final long window;
    private final double thresholdPerWindow;
    private final double[] limitPerWindow;
    private final boolean[] exempt;
    private final boolean defer;
    private final IntArrayQueue[] deferred;
    private final long[] admitted;
    private final EpisodeTracker system;
    private final EpisodeTracker[] byUser;
    private long currentWindow = Long.MIN_VALUE;
    private long demand;
    private boolean engaged;
    private boolean startsEngaged;
    private boolean tickPending;
    private long stillDeferredAtEnd;

    /** Management as {@code config} says of the requests of {@code userList}, seen through {@code view}. */
    public ServiceRequestTrafficManagement(DccThrottling.ServiceRequestTrafficManagement config, RequestView view,
                                           List<DccUser> userList) {
        this.view = view;
        int users = userList.size();
        this.window = config.window().micros();
        double seconds = window / 1e6;
        double threshold = config.operatingThreshold() * config.capacity().perSecond();
        this.thresholdPerWindow = threshold * seconds;
        double[] allocation = AllocationFormula.of(config.allocation()).allocations(userList, config);
        double total = 0;
        for (double a : allocation) {
            total += a;
        }
        this.limitPerWindow = new double[users];
        for (int u = 0; u < users; u++) {
            limitPerWindow[u] = Math.max(allocation[u], threshold * allocation[u] / total) * seconds;
        }
        this.exempt = exemptVariants(config.exempt());
        this.defer = config.onThrottle() == DccThrottling.OnThrottle.DEFER;
        this.deferred = new IntArrayQueue[users];
        this.byUser = new EpisodeTracker[users];
        for (int u = 0; u < users; u++) {
            deferred[u] = new IntArrayQueue(64, -1);
            byUser[u] = new EpisodeTracker(window);
        }
        this.admitted = new long[users];
        this.system = new EpisodeTracker(window);
    }

    @Override
    public int decide(int m, long now) {
        int u = view.user(m);
        if (defer && !deferred[u].isEmpty() && !exempt[view.variant(m)]) {
            roll(now);
            demand++;
            affect(u, now);
            defer(u, m, now);
            return DEFER; // behind the User's earlier deferred requests, to keep their order
        }
        if (admits(u, view.variant(m), now)) {
            return ADMIT;
        }
        if (defer) {
            defer(u, m, now);
            return DEFER;
        }
        return THROTTLE;
    }

    /** Counts the request as demand in its window and says whether it may go in now. */
    private boolean admits(int u, int variant, long now) {
        roll(now);
        demand++;
        if (exempt[variant]) {
            return true;
        }
        if (!engaged && (startsEngaged || demand > thresholdPerWindow)) {
            engaged = true;
            system.engage(currentWindow, now);
        }
        if (engaged && admitted[u] >= limitPerWindow[u]) {
            affect(u, now);
            return false;
        }
        admitted[u]++;
        return true;
    }

    private void affect(int u, long now) {
        system.affect();
        byUser[u].engage(currentWindow, now);
        byUser[u].affect();
    }

    private void defer(int u, int m, long now) {
        deferred[u].addInt(m);
        if (!tickPending) {
            tickPending = true;
            view.requestTick((now / window + 1) * window);
        }
    }

    /** A new window: re-present the deferred requests, each User's in order. */
    @Override
    public void tick(long now) {
        tickPending = false;
        boolean left = false;
        for (int u = 0; u < deferred.length; u++) {
            IntArrayQueue q = deferred[u];
            while (!q.isEmpty()) {
                int m = q.peekInt();
                if (view.resolved(m)) {
                    q.pollInt();
                    view.abandon(m); // timed out while deferred
                } else if (admits(u, view.variant(m), now)) {
                    q.pollInt();
                    view.admit(m);
                } else {
                    break;
                }
            }
            left |= !q.isEmpty();
        }
        if (left) {
            tickPending = true;
            view.requestTick((now / window + 1) * window);
        }
    }

    @Override
    public void finish(long end) {
        system.close(end);
        for (EpisodeTracker t : byUser) {
            t.close(end);
        }
        stillDeferredAtEnd = unresolvedDeferred();
    }

    /** Deferred requests not yet resolved: a request that timed out while deferred stays queued until it reaches the head. */
    private long unresolvedDeferred() {
        long n = 0;
        for (IntArrayQueue q : deferred) {
            for (int k = 0, size = q.size(); k < size; k++) {
                int m = q.pollInt();
                if (!view.resolved(m)) {
                    n++;
                }
                q.addInt(m);
            }
        }
        return n;
    }

    /**
     * A new window: demand and admissions restart. Management stays engaged from the start of a
     * window that follows one whose demand exceeded the threshold (demand is measured window by
     * window, and management holds while it exceeds), otherwise it engages when this window's
     * demand crosses the threshold.
     */
    private void roll(long now) {
        long w = now / window;
        if (w != currentWindow) {
            startsEngaged = w == currentWindow + 1 && demand > thresholdPerWindow;
            currentWindow = w;
            demand = 0;
            engaged = false;
            java.util.Arrays.fill(admitted, 0);
        }
    }

    /** What management did over the run (read after {@link #finish}). */
    public ThrottlingStats.Management stats() {
        List<ThrottlingStats.Episodes> users = new java.util.ArrayList<>();
        for (EpisodeTracker t : byUser) {
            users.add(ThrottlingStats.Episodes.of(t));
        }
        return new ThrottlingStats.Management(ThrottlingStats.Episodes.of(system), users, stillDeferredAtEnd);
    }

    public EpisodeTracker systemEpisodes() {
        return system;
    }

    public EpisodeTracker userEpisodes(int u) {
        return byUser[u];
    }

    /** Requests still deferred at the end of the run, not timed out (they are in flight in the ledger); set by {@link #finish}. */
    public long stillDeferred() {
        return stillDeferredAtEnd;
    }

    private static boolean[] exemptVariants(List<String> variants) {
        boolean[] out = new boolean[ServiceRequestCatalogue.get().size()];
        for (String v : variants) {
            out[ServiceRequestCatalogue.get().find(v).index()] = true;
        }
        return out;
    }
}
