/**
 * Reports: the {@code summary.json} contract with its reproducibility fields (scenario hash, results
 * fingerprint, git commit), the tables printed at the end of a run and of a comparison, the time
 * series CSV, the HTML pages (the run's report; the shared head, uPlot inlined from its WebJar, and
 * the metric-with-interval charts that the sweep and lane-sizing pages draw), and atomic writing of
 * every output file (docs/outputs.md).
 */
package org.stormsim.report;
