/**
 * Studies made of many runs of a scenario: replications added until a precision is reached, the
 * warm-up detected from the data (MSER-5), sweeps over a grid of parameters with common random
 * numbers, and the search for the fewest motorway lanes that meet a target, with the pages that chart
 * a sweep's and a sizing's results ({@code sweep.html}, {@code lanes.html}). Each reads its metrics
 * from one replication's summary in the {@code summary.json} shape, by a {@link org.stormsim.summary.MetricPath}.
 */
package org.stormsim.study;
