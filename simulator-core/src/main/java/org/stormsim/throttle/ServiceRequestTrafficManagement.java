package org.stormsim.throttle;

import java.util.List;
import org.agrona.collections.IntArrayQueue;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.engine.RandomStream;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.scenario.DccUser;

/**
 * SECMP0067 Service Request traffic management at the DSP. Time is cut into measurement windows.
 * Management engages in a window once the requests submitted in it exceed the operating threshold
 * (a share of the capacity), or from its start when the previous window's did, and stays engaged to
 * the window's end. While engaged, each non-exempt request is judged against the limits of its cell of
 * the threshold matrix ({@link AllocationMatrix}: a User and request category, or a User) by the
 * reading of MP67 the scenario names ({@link WaterFilling}, the default, or
 * {@link GreaterOfAllocationAndShare}); a request over them is throttled: rejected (the User may
 * retry) or deferred to later windows, where deferred requests are re-presented in order, each
 * cell's first. Cells within their allocation, exempt variants (and Critical ones under
 * {@code critical: exempt}), and every request while demand is below the threshold, pass.
 * Allocations come from the forecasts the DCC holds, which differ from what Users send by a forecast
 * error drawn per User ({@link ForecastError}). It sees requests only through a {@link RequestView},
 * so it is tested without a model; it counts the non-exempt requests it admitted, refused and
 * deferred (read per interval by the model's sampler). Kernel thread only.
 */
public final class ServiceRequestTrafficManagement implements RequestGate {
    private final RequestView view;
    private final long window;
    private final double thresholdPerWindow;
    private final AllocationMatrix matrix;
    private final CellLimits limits;
    private final boolean[] exempt;
    private final boolean[] last;
    private final boolean defer;
    private final IntArrayQueue[] deferred;
    private final long[] admitted;
    private final long[] demandByCell;
    private final long[] previousDemand;
    private final long[] presented;
    private final double[] forecastError;
    private final long riskLimit;
    private final EpisodeTracker system;
    private final EpisodeTracker[] byUser;
    private long currentWindow = Long.MIN_VALUE;
    private long demand;
    private long admittedInWindow;
    private boolean engaged;
    private boolean startsEngaged;
    private boolean limitsReady;
    private boolean tickPending;
    private long stillDeferredAtEnd;
    private long admittedCount;
    private long refusedCount;
    private long deferredCount;
    private long windowsEngaged;
    private long windowsStartedEngaged;
    private long admittedMostStartedEngaged;

    /**
     * Management as {@code config} says of the requests of {@code userList}, seen through {@code view};
     * the forecast errors are drawn from {@code forecastErrors} (one draw per User, none when
     * {@code forecastError} is 0).
     */
    public ServiceRequestTrafficManagement(DccThrottling.ServiceRequestTrafficManagement config, RequestView view,
                                           List<DccUser> userList, RandomStream forecastErrors) {
        this.view = view;
        int users = userList.size();
        this.window = config.window().micros();
        double seconds = window / 1e6;
        double threshold = config.operatingThreshold() * config.capacity().perSecond();
        this.thresholdPerWindow = threshold * seconds;
        this.forecastError = new double[users];
        double[] held = ForecastError.held(userList, config.forecastError(), forecastErrors, forecastError);
        this.matrix = new AllocationMatrix(config, userList, AllocationFormula.of(config.allocation()).allocations(held, config));
        int cells = matrix.cells();
        double[] allocation = new double[cells];
        for (int c = 0; c < cells; c++) {
            allocation[c] = matrix.allocation(c);
        }
        this.limits = CellLimits.of(config.limitRule(), allocation, threshold, seconds);
        this.exempt = exemptVariants(config.exempt(), config.critical() == DccThrottling.Critical.EXEMPT);
        this.last = criticalVariants(config.critical() == DccThrottling.Critical.THROTTLE_LAST);
        this.defer = config.onThrottle() == DccThrottling.OnThrottle.DEFER;
        this.riskLimit = config.riskLimit().micros();
        this.deferred = new IntArrayQueue[cells];
        for (int c = 0; c < cells; c++) {
            deferred[c] = new IntArrayQueue(16, -1);
        }
        this.byUser = new EpisodeTracker[users];
        for (int u = 0; u < users; u++) {
            byUser[u] = new EpisodeTracker(window, riskLimit);
        }
        this.admitted = new long[cells];
        this.demandByCell = new long[cells];
        this.previousDemand = new long[cells];
        this.presented = new long[users];
        this.system = new EpisodeTracker(window, riskLimit);
    }

    @Override
    public int decide(int m, long now) {
        int u = view.user(m);
        int v = view.variant(m);
        present(u, now);
        if (exempt[v]) {
            return ADMIT;
        }
        int cell = matrix.cellOf(u, view.category(m));
        demandByCell[cell]++;
        if (defer && !deferred[cell].isEmpty()) {
            affect(u, now);
            defer(cell, m, now);
            return DEFER; // behind the cell's earlier deferred requests, to keep their order
        }
        if (admits(u, cell, last[v], now)) {
            return ADMIT;
        }
        if (defer) {
            defer(cell, m, now);
            return DEFER;
        }
        refusedCount++;
        return THROTTLE;
    }

    /** A request reaches the rule (first presented, or re-presented after a deferral): demand in its window. */
    private void present(int u, long now) {
        roll(now);
        demand++;
        presented[u]++;
    }

    /** Whether a non-exempt request of {@code cell} may go in now (engaging management when demand calls for it). */
    private boolean admits(int u, int cell, boolean criticalLast, long now) {
        if (!engaged && (startsEngaged || demand > thresholdPerWindow)) {
            engaged = true;
            windowsEngaged++;
            windowsStartedEngaged += startsEngaged ? 1 : 0;
            system.engage(currentWindow, now);
        }
        if (engaged) {
            if (!limitsReady) {
                limits.newWindow(previousDemand);
                limitsReady = true;
            }
            if (!limits.admits(cell, admitted[cell], admittedInWindow, criticalLast)) {
                affect(u, now);
                return false;
            }
        }
        admitted[cell]++;
        admittedInWindow++;
        admittedCount++;
        return true;
    }

    private void affect(int u, long now) {
        system.affect();
        byUser[u].engage(currentWindow, now);
        byUser[u].affect();
    }

    private void defer(int cell, int m, long now) {
        deferredCount++;
        deferred[cell].addInt(m);
        if (!tickPending) {
            tickPending = true;
            view.requestTick((now / window + 1) * window);
        }
    }

    /** A new window: re-present the deferred requests, each cell's in order. */
    @Override
    public void tick(long now) {
        tickPending = false;
        boolean left = false;
        for (int c = 0; c < deferred.length; c++) {
            IntArrayQueue q = deferred[c];
            while (!q.isEmpty()) {
                int m = q.peekInt();
                if (view.resolved(m)) {
                    q.pollInt();
                    view.abandon(m); // timed out while deferred
                    continue;
                }
                int u = view.user(m);
                present(u, now);
                demandByCell[c]++;
                if (!admits(u, c, last[view.variant(m)], now)) {
                    deferredCount++; // held again
                    break;
                }
                q.pollInt();
                view.admit(m);
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
        closeWindow();
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
     * demand crosses the threshold. The window just ended is the demand the new one's limits come from.
     */
    private void roll(long now) {
        long w = now / window;
        if (w != currentWindow) {
            closeWindow();
            boolean next = w == currentWindow + 1;
            startsEngaged = next && demand > thresholdPerWindow;
            for (int c = 0; c < demandByCell.length; c++) {
                previousDemand[c] = next ? demandByCell[c] : 0;
                demandByCell[c] = 0;
                admitted[c] = 0;
            }
            currentWindow = w;
            demand = 0;
            admittedInWindow = 0;
            engaged = false;
            limitsReady = false;
        }
    }

    /** The window ends: the most admitted in a window that started engaged. */
    private void closeWindow() {
        if (engaged && startsEngaged) {
            admittedMostStartedEngaged = Math.max(admittedMostStartedEngaged, admittedInWindow);
        }
    }

    /** What management did over the run (read after {@link #finish}). */
    public ThrottlingStats.Management stats() {
        List<ThrottlingStats.Episodes> users = new java.util.ArrayList<>();
        double[][] allocation = new double[byUser.length][AllocationMatrix.CATEGORIES];
        for (int u = 0; u < byUser.length; u++) {
            users.add(ThrottlingStats.Episodes.of(byUser[u]));
            for (int c = 0; c < AllocationMatrix.CATEGORIES; c++) {
                allocation[u][c] = matrix.byCategory() ? matrix.allocation(matrix.cellOf(u, c)) : Double.NaN;
            }
        }
        double[] whole = new double[byUser.length];
        for (int u = 0; u < whole.length; u++) {
            whole[u] = matrix.userAllocation(u);
        }
        return new ThrottlingStats.Management(ThrottlingStats.Episodes.of(system), users, stillDeferredAtEnd, presented.clone(),
                whole, allocation, forecastError.clone(), riskLimit / 1e6,
                new ThrottlingStats.Windows(windowsEngaged, windowsStartedEngaged, admittedMostStartedEngaged, thresholdPerWindow));
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

    /** Non-exempt requests admitted so far (on arrival, or when re-presented after a deferral). */
    public long admittedNonExempt() {
        return admittedCount;
    }

    /** Non-exempt requests refused so far with {@code onThrottle: reject} (throttled). */
    public long refusedNonExempt() {
        return refusedCount;
    }

    /** Non-exempt requests deferred so far with {@code onThrottle: defer}: on arrival, or held again when re-presented. */
    public long deferredNonExempt() {
        return deferredCount;
    }

    /** The threshold matrix in use (allocations after the forecast error). */
    public AllocationMatrix matrix() {
        return matrix;
    }

    private static boolean[] exemptVariants(List<String> variants, boolean critical) {
        boolean[] out = criticalVariants(critical);
        for (String v : variants) {
            out[ServiceRequestCatalogue.get().find(v).index()] = true;
        }
        return out;
    }

    /** The DUIS Critical variants when {@code on}, else none. */
    private static boolean[] criticalVariants(boolean on) {
        ServiceRequestCatalogue catalogue = ServiceRequestCatalogue.get();
        boolean[] out = new boolean[catalogue.size()];
        for (int v = 0; on && v < out.length; v++) {
            out[v] = catalogue.at(v).critical();
        }
        return out;
    }
}
