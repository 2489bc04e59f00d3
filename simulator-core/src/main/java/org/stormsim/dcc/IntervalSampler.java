package org.stormsim.dcc;

import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.PeriodicSampler;
import org.stormsim.throttle.EpisodeTracker;
import org.stormsim.throttle.ServiceRequestTrafficManagement;

/**
 * The model's state, sampled once per interval of simulated time by one kernel event per interval:
 * per motorway lane its utilisation (busy servers over servers) and the alerts waiting (time average
 * and maximum); per region the WAN uplink and downlink utilisation and the uplink's waiting messages;
 * the alerts raised per region and per alert code; the fraction of the interval in which SECMP0067
 * throttling was engaged, and the non-exempt requests it admitted, refused and deferred. Interval {@code i} covers [i x interval, min((i + 1) x interval, end))
 * microseconds, warm-up included. The arrays are sized for the horizon up front; a per-code row is
 * allocated when the code is first raised, at a sample, never per event. Kernel thread only; read
 * after the run.
 */
public final class IntervalSampler extends PeriodicSampler {
    private final Stages stages;
    private final Counters counters;
    private final ServiceRequestTrafficManagement management;
    private final EpisodeTracker throttleEpisodes;
    private final double[][] laneUtilisation;
    private final double[][] laneQueueMean;
    private final long[][] laneQueueMax;
    /** The DSP's servers, where alerts and Service Requests compete: utilisation, messages waiting (mean, most). */
    private final double[] dspUtilisation;
    private final double[] dspQueueMean;
    private final long[] dspQueueMax;
    private final double[][] uplinkUtilisation;
    private final double[][] uplinkQueueMean;
    private final long[][] uplinkQueueMax;
    private final double[][] downlinkUtilisation;
    private final double[][] downlinkQueueMean;
    private final long[][] downlinkQueueMax;
    private final long[][] raisedByRegion;
    private final long[][] raisedByCode;
    private final long[] lastRaised;
    private final double[] throttleEngaged;
    private final long[] throttleAdmitted;
    private final long[] throttleRefused;
    private final long[] throttleDeferred;
    private long lastEngaged;
    private long lastAdmitted;
    private long lastRefused;
    private long lastDeferred;

    /** Samples {@code stages} and {@code counters} every {@code interval} microseconds; {@code management} null when SECMP0067 is off. */
    IntervalSampler(Kernel kernel, long interval, long horizon, Stages stages, Counters counters, ServiceRequestTrafficManagement management) {
        super(kernel, interval, horizon, Payloads.SAMPLER_TICK);
        this.stages = stages;
        this.counters = counters;
        this.management = management;
        this.throttleEpisodes = management == null ? null : management.systemEpisodes();
        int n = capacity();
        int lanes = stages.lanes.length;
        int regions = Population.REGIONS;
        laneUtilisation = new double[lanes][n];
        laneQueueMean = new double[lanes][n];
        laneQueueMax = new long[lanes][n];
        dspUtilisation = new double[n];
        dspQueueMean = new double[n];
        dspQueueMax = new long[n];
        uplinkUtilisation = new double[regions][n];
        uplinkQueueMean = new double[regions][n];
        uplinkQueueMax = new long[regions][n];
        downlinkUtilisation = new double[regions][n];
        downlinkQueueMean = new double[regions][n];
        downlinkQueueMax = new long[regions][n];
        raisedByRegion = new long[regions][n];
        raisedByCode = new long[AlertCatalogue.get().size()][];
        lastRaised = new long[AlertCatalogue.get().size() * regions];
        throttleEngaged = new double[n];
        int m = management == null ? 0 : n;
        throttleAdmitted = new long[m];
        throttleRefused = new long[m];
        throttleDeferred = new long[m];
    }

    @Override
    protected void sample(long now, long span, int i) {
        ServerStage[] lanes = stages.lanes;
        for (int k = 0; k < lanes.length; k++) {
            lanes[k].sampleWindow(now, span, i, laneUtilisation[k], laneQueueMean[k], laneQueueMax[k]);
        }
        stages.dsp.sampleWindow(now, span, i, dspUtilisation, dspQueueMean, dspQueueMax);
        for (int r = 0; r < Population.REGIONS; r++) {
            stages.uplink[r].sampleWindow(now, span, i, uplinkUtilisation[r], uplinkQueueMean[r], uplinkQueueMax[r]);
            stages.downlink[r].sampleWindow(now, span, i, downlinkUtilisation[r], downlinkQueueMean[r], downlinkQueueMax[r]);
        }
        sampleRaised(i);
        sampleThrottle(now, span, i);
    }

    private void sampleRaised(int i) {
        Counters c = counters;
        for (int code = 0; code < raisedByCode.length; code++) {
            for (int r = 0; r < Population.REGIONS; r++) {
                int slot = code * Population.REGIONS + r;
                long d = c.raised(code, r) - lastRaised[slot];
                if (d == 0) {
                    continue;
                }
                lastRaised[slot] += d;
                raisedByRegion[r][i] += d;
                if (raisedByCode[code] == null) {
                    raisedByCode[code] = new long[raisedByRegion[r].length];
                }
                raisedByCode[code][i] += d;
            }
        }
    }

    private void sampleThrottle(long now, long span, int i) {
        if (throttleEpisodes == null) {
            return;
        }
        long engaged = throttleEpisodes.engagedMicrosUntil(now);
        throttleEngaged[i] = span > 0 ? (engaged - lastEngaged) / (double) span : 0.0;
        lastEngaged = engaged;
        throttleAdmitted[i] = management.admittedNonExempt() - lastAdmitted;
        lastAdmitted += throttleAdmitted[i];
        throttleRefused[i] = management.refusedNonExempt() - lastRefused;
        lastRefused += throttleRefused[i];
        throttleDeferred[i] = management.deferredNonExempt() - lastDeferred;
        lastDeferred += throttleDeferred[i];
    }

    public int lanes() {
        return laneUtilisation.length;
    }

    public double dspUtilisation(int i) {
        return dspUtilisation[i];
    }

    public double dspQueueMean(int i) {
        return dspQueueMean[i];
    }

    public long dspQueueMax(int i) {
        return dspQueueMax[i];
    }

    public double laneUtilisation(int lane, int i) {
        return laneUtilisation[lane][i];
    }

    public double laneQueueMean(int lane, int i) {
        return laneQueueMean[lane][i];
    }

    public long laneQueueMax(int lane, int i) {
        return laneQueueMax[lane][i];
    }

    public double uplinkUtilisation(int region, int i) {
        return uplinkUtilisation[region][i];
    }

    public double uplinkQueueMean(int region, int i) {
        return uplinkQueueMean[region][i];
    }

    public long uplinkQueueMax(int region, int i) {
        return uplinkQueueMax[region][i];
    }

    public double downlinkUtilisation(int region, int i) {
        return downlinkUtilisation[region][i];
    }

    public long raised(int region, int i) {
        return raisedByRegion[region][i];
    }

    /** Whether alert code {@code code} (catalogue index) was raised at all. */
    public boolean codeRaised(int code) {
        return raisedByCode[code] != null;
    }

    public long raisedOfCode(int code, int i) {
        return raisedByCode[code] == null ? 0 : raisedByCode[code][i];
    }

    /** The fraction of interval {@code i} in which SECMP0067 throttling was engaged (0 when it is off). */
    public double throttleEngaged(int i) {
        return throttleEngaged[i];
    }

    /** Non-exempt requests SECMP0067 admitted in interval {@code i} (0 when it is off). */
    public long throttleAdmitted(int i) {
        return management == null ? 0 : throttleAdmitted[i];
    }

    /** Non-exempt requests SECMP0067 refused (throttled, {@code onThrottle: reject}) in interval {@code i} (0 when it is off). */
    public long throttleRefused(int i) {
        return management == null ? 0 : throttleRefused[i];
    }

    /** Non-exempt requests SECMP0067 deferred, or held again, in interval {@code i} (0 when it is off). */
    public long throttleDeferred(int i) {
        return management == null ? 0 : throttleDeferred[i];
    }

    /** Whether SECMP0067 is on, so that its per-interval counts are kept. */
    public boolean managed() {
        return management != null;
    }
}
