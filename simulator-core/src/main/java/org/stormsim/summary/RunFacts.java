package org.stormsim.summary;

/**
 * The facts of a run that depend on the machine, for the summary's {@code run} section: wall-clock
 * seconds of the replications that make the summary, the kernel events they handled, and the kernel
 * threads they ran on.
 */
public record RunFacts(double wallSeconds, long events, int threads) {
}
