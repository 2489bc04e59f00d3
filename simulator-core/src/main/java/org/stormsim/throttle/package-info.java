/**
 * Traffic management, the rules stormsim exists to evaluate: SECMP0062 alert storm protection
 * (per device, a limit of alerts in a window, then one forwarded per period carrying the count it
 * stands for) and SECMP0067 Service Request traffic management (per-User allocations of the DSP's
 * capacity, enforced only while demand exceeds the operating threshold), with the throttle
 * episodes the Operations Group asked about.
 */
package org.stormsim.throttle;
