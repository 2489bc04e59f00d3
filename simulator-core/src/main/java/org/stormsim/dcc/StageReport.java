package org.stormsim.dcc;

import java.util.List;

/**
 * The stages' statistics at the end of one replication, by their place on the path: every stage
 * (in the model's order), the motorway lanes (lane-0 first), the WAN uplink, downlink and firmware
 * service of each region (N, C, S), each User's intake (in the scenario's order), the DSP's
 * processing servers, and each region's firmware download attempts. Immutable.
 */
public record StageReport(List<StageStats> all, List<StageStats> lanes, List<StageStats> uplink, List<StageStats> downlink,
                          List<StageStats> firmware, List<StageStats> intake, StageStats dsp, long[] firmwareDownloads) {
}
