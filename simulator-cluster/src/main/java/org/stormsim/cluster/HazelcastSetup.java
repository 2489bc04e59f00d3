package org.stormsim.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Hazelcast configuration of stormsim's members (workers) and clients (a study's coordinator),
 * in one place: the cluster name {@value #CLUSTER}, TCP-IP join on the addresses given (no
 * multicast, no cloud discovery), no phone-home, Hazelcast's own logging off (the worker and the
 * study print their own lines), and failure detection within seconds, so that a task lost with
 * its worker is soon run elsewhere. Stateless.
 */
final class HazelcastSetup {
    /** The Hazelcast cluster name of stormsim's workers: a study never joins another application's cluster. */
    static final String CLUSTER = "stormsim";
    /** The executor the workers run tasks on; its pool is the worker's kernel threads. */
    static final String EXECUTOR = "stormsim-tasks";
    /** The executor a study's stop runs on: not the tasks' one, whose threads are busy with the very tasks to stop. */
    static final String CONTROL = "stormsim-control";
    /** The member attribute that tells a client how many tasks the worker runs at once. */
    static final String THREADS = "stormsim.threads";
    /** The key of the worker's {@link WorkerTasks} in the member's user context. */
    static final String TASKS = "stormsim.tasks";

    private HazelcastSetup() {
    }

    /** Quiet, private and offline: called before any Hazelcast class logs (the properties are read per process too). */
    static void quiet() {
        System.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type", "none"));
        System.setProperty("hazelcast.phone.home.enabled", "false");
    }

    /** A worker listening on {@code bind}:{@code port} that joins the members at {@code join}, running {@code threads} tasks at once. */
    static Config member(String bind, int port, Addresses join, int threads, WorkerTasks tasks) {
        quiet();
        Config c = new Config();
        c.setClusterName(CLUSTER);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type"));
        c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.shutdownhook.policy", "GRACEFUL");
        NetworkConfig n = c.getNetworkConfig();
        n.setPort(port).setPortAutoIncrement(false);
        n.getInterfaces().setEnabled(true).addInterface(bind);
        JoinConfig j = n.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true).addMember(bind + ":" + port);
        join.entries().forEach(a -> j.getTcpIpConfig().addMember(a));
        c.getExecutorConfig(EXECUTOR).setPoolSize(threads);
        c.getExecutorConfig(CONTROL).setPoolSize(1);
        c.getMemberAttributeConfig().setAttribute(THREADS, String.valueOf(threads));
        c.setUserContext(new ConcurrentHashMap<>(Map.of(TASKS, tasks)));
        return c;
    }

    /** A client of the workers at {@code addresses}, giving up after {@code connectMillis} when none answers. */
    static ClientConfig client(Addresses addresses, long connectMillis) {
        quiet();
        ClientConfig c = new ClientConfig();
        c.setClusterName(CLUSTER);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type"));
        c.setProperty("hazelcast.client.shutdownhook.enabled", "false"); // Ctrl-C stops the study first, then the client closes
        c.setProperty("hazelcast.client.heartbeat.interval", "1000");
        c.setProperty("hazelcast.client.heartbeat.timeout", "10000");
        c.getNetworkConfig().setAddresses(addresses.entries());
        c.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(connectMillis);
        return c;
    }
}
