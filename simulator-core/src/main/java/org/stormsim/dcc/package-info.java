/**
 * The GB smart metering model ({@code kind: dcc}): the regions' hubs in cohorts, the alert and
 * Service Request sources, the stages of each message's path (HAN and hub, the CSPs' WAN uplink and
 * downlink, the DSP and its motorway lanes, the Users' intake, the firmware channels), the storm
 * events, trace replay, and the built-in GBCS and DUIS catalogues. Messages in flight are pooled
 * struct-of-arrays slots; the kernel thread owns everything here.
 */
package org.stormsim.dcc;
