/**
 * Reports: the {@code summary.json} contract with its reproducibility fields (scenario hash, results
 * fingerprint, git commit), the tables printed at the end of a run and of a comparison, and atomic
 * writing of every output file.
 */
package org.stormsim.report;
