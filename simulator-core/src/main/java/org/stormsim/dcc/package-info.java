/**
 * The GB smart metering model ({@code kind: dcc}): the regions' hubs in cohorts, the alert and
 * Service Request sources, the stages of each message's path (HAN and hub, the CSPs' WAN uplink and
 * downlink, the DSP and its motorway lanes, the Users' intake, the firmware channels), the paths
 * that move alerts, requests and re-registrations through them, the storm events, and the model's
 * metrics consumers and replication. Traffic management plugs in from the floor below through its
 * views ({@link org.stormsim.throttle.AlertView}, {@link org.stormsim.throttle.RequestView}). Messages
 * in flight are pooled slots of one array, a 128-byte record each; the kernel thread owns everything here.
 */
package org.stormsim.dcc;
