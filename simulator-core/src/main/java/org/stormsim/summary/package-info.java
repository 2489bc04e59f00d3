/**
 * The summary's data contract, below every renderer: one replication's figures in the
 * {@code summary.json} shape for each kind, the summary of a run (the mean across replications, 95%
 * intervals, the reproducibility fields: scenario hash, results fingerprint, version and commit),
 * and the metric paths, estimates and defaults the studies read from figures.
 */
package org.stormsim.summary;
