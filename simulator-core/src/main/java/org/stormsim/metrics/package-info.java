/**
 * Metrics, whatever the model: the Disruptor ring that carries outcome records from the kernel
 * thread to consumer threads, the base of the per-interval series consumers with their HdrHistogram
 * interval log, and the generic statistics (latency recorders, time averages' batch means, slices
 * of a series by time, MSER-5, Student-t estimates). Consumers never change the kernel's results and
 * never make it wait except when the ring is full; each model's own consumers live beside it.
 */
package org.stormsim.metrics;
