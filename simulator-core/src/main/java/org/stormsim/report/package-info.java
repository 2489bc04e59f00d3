/**
 * Renderers of results for people: the tables printed at the end of a run, the time series CSV, the
 * HTML pages (the run's report for each kind; the shared head, uPlot inlined from its WebJar, and
 * the metric-with-interval charts that the sweep and lane-sizing pages draw), and atomic writing of
 * every output file (docs/outputs.md). They read the summary and a replication's series; they
 * compute no figure of their own.
 */
package org.stormsim.report;
