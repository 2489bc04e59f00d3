/**
 * Generic queueing primitives: sources, FIFO multi-server queues, infinite-server delays, token
 * buckets, weighted routing and sinks, over pooled struct-of-arrays customers. The queueing network
 * model ({@code kind: network}) is built from them, and the GB model reuses them.
 */
package org.stormsim.stations;
