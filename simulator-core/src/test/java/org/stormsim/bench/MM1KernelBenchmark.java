package org.stormsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.stations.NetworkReplication;
import org.stormsim.stations.NetworkReplicationResult;
import org.stormsim.stations.StationResult;

/**
 * The whole kernel on an M/M/1 queue at utilisation 0.9: one {@link NetworkReplication} of about a
 * million customers (two million events) per invocation, with the full metrics (the Disruptor ring,
 * HdrHistogram latencies and the conservation ledger on their own threads). The {@code events}
 * counter gives events per second. Every invocation checks its own result: the same event count as
 * the first run (same seed, same run), events = arrivals + service completions, a balanced ledger,
 * and a utilisation near 0.9.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class MM1KernelBenchmark {
    static final String SCENARIO = String.join("\n",
            "kind: network",
            "name: mm1-bench",
            "seed: 11",
            "duration: 1112s",
            "warmup: 0s",
            "replications: 1",
            "stations:",
            "  - id: arrivals",
            "    type: source",
            "    rate: 900/s",
            "    to: server",
            "  - id: server",
            "    type: queue",
            "    servers: 1",
            "    service: exponential(1ms)",
            "    to: done",
            "  - id: done",
            "    type: sink",
            "");

    private NetworkScenario scenario;
    private long expectedEvents;

    /** Events handled, reported by JMH as a rate (events per second). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() throws IOException, InvalidScenarioException {
        Path file = Files.createTempFile("mm1-bench", ".yaml");
        try {
            Files.writeString(file, SCENARIO);
            scenario = (NetworkScenario) ScenarioLoader.load(file, List.of());
        } finally {
            Files.delete(file);
        }
        expectedEvents = check(new NetworkReplication(scenario, 0).run(), -1);
    }

    @Benchmark
    public NetworkReplicationResult replication(Events counter) {
        NetworkReplicationResult r = new NetworkReplication(scenario, 0).run();
        counter.events += check(r, expectedEvents);
        return r;
    }

    /** Checks a replication's result; returns its event count. */
    static long check(NetworkReplicationResult r, long expectedEvents) {
        StationResult arrivals = r.station("arrivals");
        StationResult server = r.station("server");
        long events = r.events();
        if (!r.completed() || !r.ledger().balanced()) {
            throw new IllegalStateException("replication did not complete with a balanced ledger: " + r.ledger());
        }
        if (events != arrivals.arrivals() + server.completions()) {
            throw new IllegalStateException("events " + events + " != arrivals " + arrivals.arrivals()
                    + " + service completions " + server.completions());
        }
        if (expectedEvents >= 0 && events != expectedEvents) {
            throw new IllegalStateException("same seed, different run: " + events + " events, expected " + expectedEvents);
        }
        if (Math.abs(server.utilisation() - 0.9) > 0.02) {
            throw new IllegalStateException("M/M/1 utilisation " + server.utilisation() + ", expected about 0.9");
        }
        return events;
    }
}
