/**
 * Studies made of many run plans of a scenario: sweeps over a grid of parameters with common random
 * numbers, the search for the fewest motorway lanes that meet a target, the CI baselines and the
 * figure-by-figure comparison of two summaries, with the files and pages they write
 * ({@code sweep.html}, {@code lanes.html}). Each reads one replication's {@link org.stormsim.summary.Figures}
 * by a {@link org.stormsim.summary.MetricPath}.
 */
package org.stormsim.study;
