/**
 * The reference loops that stormsim's speed is measured against (docs/performance.md, "stormsim
 * against a hand-written loop"): the M/M/1 queue of {@code scenarios/benchmarks/mm1-10m*.yaml}
 * written the way one would write it by hand, one event loop over a primitive binary heap
 * ({@link org.stormsim.loops.PrimitiveHeapLoop}) or over {@link java.util.PriorityQueue}
 * ({@link org.stormsim.loops.PriorityQueueLoop}), with each customer's time in system recorded into
 * an HdrHistogram. Each is a whole process that checks its own result against M/M/1 theory and exits
 * non-zero when the check fails. Nothing here depends on simulator-core. Single-threaded.
 */
package org.stormsim.loops;
