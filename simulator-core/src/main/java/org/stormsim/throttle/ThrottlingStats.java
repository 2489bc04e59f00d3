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

    /** Episode figures of one subject (seconds). */
    public record Episodes(long count, double totalSeconds, long affected, double p50, double p90, double p99, double max) {
        /** The figures of one tracker's episodes. */
        public static Episodes of(EpisodeTracker t) {
            return new Episodes(t.count(), t.totalSeconds(), t.affected(), t.durationSeconds(50), t.durationSeconds(90),
                    t.durationSeconds(99), t.maxSeconds());
        }
    }

    /** SECMP0067 figures. */
    public record Management(Episodes system, List<Episodes> byUser, long stillDeferred) {
    }
}
