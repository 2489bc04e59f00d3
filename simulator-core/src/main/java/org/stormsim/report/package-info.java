/**
 * Reports: the {@code summary.json} contract, the table printed at the end of a run, and
 * atomic writing of every output file.
 */
package org.stormsim.report;
