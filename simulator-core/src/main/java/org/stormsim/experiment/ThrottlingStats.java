package org.stormsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.dcc.DccModel;
import org.stormsim.throttle.AlertStormProtection;
import org.stormsim.throttle.EpisodeTracker;
import org.stormsim.throttle.ServiceRequestTrafficManagement;

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
        static Episodes of(EpisodeTracker t) {
            return new Episodes(t.count(), t.totalSeconds(), t.affected(), t.durationSeconds(50), t.durationSeconds(90),
                    t.durationSeconds(99), t.maxSeconds());
        }
    }

    /** SECMP0067 figures. */
    public record Management(Episodes system, List<Episodes> byUser, long stillDeferred) {
    }

    static ThrottlingStats of(DccModel model) {
        AlertStormProtection asp = model.stormProtection();
        Protection p = asp == null ? null : new Protection(asp.suppressedByCode(), asp.consolidatedForwarded(),
                asp.devicesThrottled(), asp.sparedByLane(), asp.pendingAtEnd());
        ServiceRequestTrafficManagement tm = model.trafficManagement();
        Management m = null;
        if (tm != null) {
            List<Episodes> users = new ArrayList<>();
            for (int u = 0; u < model.scenario().users().size(); u++) {
                users.add(Episodes.of(tm.userEpisodes(u)));
            }
            m = new Management(Episodes.of(tm.systemEpisodes()), users, tm.stillDeferred());
        }
        return new ThrottlingStats(p, m);
    }
}
