/**
 * Reports: the {@code summary.json} contract, the table printed at the end of a run, the time
 * series CSV, the HTML report (uPlot charts inlined from its WebJar), and atomic writing of every
 * output file (docs/outputs.md).
 */
package org.stormsim.report;
