/**
 * stormsim's studies on a Hazelcast cluster: the {@code worker} command (a Hazelcast member that runs
 * replication tasks on its kernel threads) and the {@link org.stormsim.experiment.Workers} behind
 * {@code --cluster} (a Hazelcast client that hands each batch's tasks to the workers, runs again a
 * task lost with its worker, and gathers the results in task order). docs/cluster.md tells how to
 * use it. A module of its own, above the whole core, so that the core jar carries no Hazelcast.
 */
package org.stormsim.cluster;
