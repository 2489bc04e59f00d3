package org.stormsim.throttle;

import java.util.List;

/**
 * What traffic management did in one replication, copied out of the gates at the end: SECMP0062's
 * suppressions by code, consolidated forwards, devices throttled and the load each lane was spared;
 * SECMP0067's throttle episodes, system-wide and per User. Null parts mean the rule was off.
 */
public record ThrottlingStats(Protection protection, Management management) {
    /** SECMP0062 figures. */
    public record Protection(long[] suppressedByCode, long consolidatedForwarded, long devicesThrottled, long[] sparedByLane,
                             long pendingAtEnd) {
    }

    /**
     * Episode figures of one subject (seconds): with the episodes longer than the risk limit and the
     * requests they affected.
     */
    public record Episodes(long count, double totalSeconds, long affected, double p50, double p90, double p99, double max,
                           long longerThanRiskLimit, long affectedInLongerThanRiskLimit) {
        /** The figures of one tracker's episodes. */
        public static Episodes of(EpisodeTracker t) {
            return new Episodes(t.count(), t.totalSeconds(), t.affected(), t.durationSeconds(50), t.durationSeconds(90),
                    t.durationSeconds(99), t.maxSeconds(), t.longerThanRiskLimit(), t.affectedInLongerThanRiskLimit());
        }
    }

    /**
     * SECMP0067 figures: episodes system-wide and per User, the requests still deferred at the end,
     * per User the requests presented to the rule (first attempts, retries, re-presented deferred
     * ones: the base of the share refused in long episodes), the allocations it used (requests per
     * second, per User, and per User and request category, NaN with {@code limitBy: user}; after the
     * forecast error drawn per User) and the errors drawn, the risk
     * limit, and per window: the windows engaged, those that started engaged, and the most non-exempt
     * requests admitted in a window that started engaged, against the operating threshold per window.
     */
    public record Management(Episodes system, List<Episodes> byUser, long stillDeferred, long[] presentedByUser,
                             double[] allocationByUser, double[][] allocationByUserAndCategory, double[] forecastErrorByUser, double riskLimitSeconds,
                             Windows windows) {
    }

    /** Measurement-window figures: requests per window. */
    public record Windows(long engaged, long startedEngaged, long admittedMostWhenStartedEngaged, double thresholdPerWindow) {
    }
}
