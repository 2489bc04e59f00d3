/**
 * Experiments: a single run of replications (in parallel, results in replication order),
 * estimates with honest confidence intervals, the conservation check every run passes, and the
 * figure-by-figure comparison of two summaries with tolerances (stormsim compare, the baselines).
 */
package org.stormsim.experiment;
