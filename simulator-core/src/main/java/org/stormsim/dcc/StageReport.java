package org.stormsim.dcc;

import java.util.List;

/**
 * The stages' statistics at the end of one replication, by their place on the path: every stage
 * (in the model's order), the motorway lanes (lane-0 first), the WAN uplink, downlink and firmware
 * channels of each region (N, C, S), and each User's intake (in the scenario's order). Immutable.
 */
public record StageReport(List<StageStats> all, List<StageStats> lanes, List<StageStats> uplink, List<StageStats> downlink,
                          List<StageStats> firmware, List<StageStats> intake) {
}
