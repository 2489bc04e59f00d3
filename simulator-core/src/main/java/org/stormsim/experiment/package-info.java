/**
 * Experiments, whatever the model: a replication (its kernel published for progress and stop), the
 * task that makes and runs one, the experiment that runs batches of tasks on several kernel threads
 * with results in task order, what every replication's results tell, the progress a watcher sees,
 * and the conservation ledger every run checks.
 */
package org.stormsim.experiment;
