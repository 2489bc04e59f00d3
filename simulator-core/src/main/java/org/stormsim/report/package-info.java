/**
 * Reports: the {@code summary.json} contract with its reproducibility fields (scenario hash, results
 * fingerprint, git commit), the tables printed at the end of a run and of a comparison, the time
 * series CSV, the HTML report (uPlot charts inlined from its WebJar), and atomic writing of every
 * output file (docs/outputs.md).
 */
package org.stormsim.report;
