/**
 * Metrics: the Disruptor ring that carries outcome records from the kernel thread to consumer
 * threads, and the consumers that turn them into HdrHistogram latencies, counts, per-interval time
 * series with their HdrHistogram interval log, and the conservation ledger. Consumers never change the kernel's results and never make it wait except
 * when the ring is full.
 */
package org.stormsim.metrics;
