package org.stormsim.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stormsim.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim worker}: starts a worker, a Hazelcast member that runs the replication tasks of
 * studies started with {@code --cluster} on its kernel threads, and runs until it is stopped
 * (Ctrl-C or SIGTERM: it leaves the cluster, and the tasks it was running are run again on the
 * other workers). Workers find each other through {@code --join}, TCP-IP on the addresses given;
 * nothing is multicast and nothing is sent anywhere else.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Start a worker that runs the replications of studies started with --cluster (docs/cluster.md); runs until stopped.",
        footer = {"", "Examples:", "  stormsim worker", "  stormsim worker --port 5702 --join 127.0.0.1:5701",
            "  stormsim worker --bind 10.0.0.12 --join 10.0.0.11:5701,10.0.0.13:5701 --threads 8"})
final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--bind", paramLabel = "IP", description = "the IPv4 address to listen on (default: ${DEFAULT-VALUE})")
    String bind = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    int port = Addresses.DEFAULT_PORT;

    @Option(names = "--join", paramLabel = "HOST:PORT,...", description = "other workers to join (default: none; this one starts the cluster)")
    String join;

    @Option(names = "--threads", paramLabel = "N", description = "kernel threads, tasks run at once (default: the number of cores)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Addresses others;
        try {
            others = join == null ? new Addresses(List.of()) : Addresses.parse("--join", join);
            Addresses.parse("--bind", bind + ":" + port);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        if (!bind.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            err.println("--bind " + bind + ": allowed: an IPv4 address of this machine, e.g. 127.0.0.1 or 10.0.0.12");
            return Main.BAD_INPUT;
        }
        if (threads != null && threads < 1) {
            err.println("--threads " + threads + ": allowed: 1 or more");
            return Main.BAD_INPUT;
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        HazelcastInstance member;
        try {
            member = Hazelcast.newHazelcastInstance(HazelcastSetup.member(bind, port, others, t, new WorkerTasks()));
        } catch (RuntimeException e) {
            err.println(String.format(Locale.ROOT, "stormsim worker: could not start on %s:%d (%s); is the port in use, or the address not "
                    + "this machine's? Give another with --port or --bind", bind, port, e.getMessage()));
            return Main.BAD_INPUT;
        }
        return serve(member, t, o);
    }

    /** Prints who is in the cluster as it changes, until the member shuts down. */
    private static int serve(HazelcastInstance member, int threads, PrintWriter o) throws InterruptedException {
        CountDownLatch down = new CountDownLatch(1);
        member.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                down.countDown();
            }
        });
        member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                o.println("stormsim worker: " + e.getMember().getAddress() + " joined; " + e.getMembers().size() + " worker(s)");
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                o.println("stormsim worker: " + e.getMember().getAddress() + " left; " + e.getMembers().size() + " worker(s)");
            }
        });
        o.printf(Locale.ROOT, "stormsim worker: listening on %s, %d kernel thread(s), %d worker(s) in the cluster; Ctrl-C stops it%n",
                member.getCluster().getLocalMember().getAddress(), threads, member.getCluster().getMembers().size());
        o.flush();
        if (member.getLifecycleService().isRunning()) {
            down.await();
        }
        o.println("stormsim worker: stopped");
        return Main.OK;
    }
}
