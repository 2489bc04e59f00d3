/**
 * Traffic management, the rules stormsim exists to evaluate: SECMP0062 alert storm protection
 * (per device, a limit of alerts in a window, then one forwarded per period carrying the count it
 * stands for) and SECMP0067 Service Request traffic management (allocations of the DSP's capacity
 * per User and request category, the threshold matrix, enforced only while demand exceeds the
 * operating threshold, by the water-filling reading or the alternative), with the throttle episodes
 * the Operations Group asked about and the refusals in those longer than the risk limit.
 */
package org.stormsim.throttle;
