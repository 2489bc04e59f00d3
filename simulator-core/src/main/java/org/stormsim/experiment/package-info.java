/**
 * Experiments: a single run of replications (in parallel, results in replication order),
 * estimates with honest confidence intervals, and the conservation check every run passes.
 */
package org.stormsim.experiment;
