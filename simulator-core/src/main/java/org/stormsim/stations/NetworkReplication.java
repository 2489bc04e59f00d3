package org.stormsim.stations;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.engine.Distribution;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStreams;
import org.stormsim.engine.SimTime;
import org.stormsim.experiment.ConservationException;
import org.stormsim.experiment.Replication;
import org.stormsim.metrics.BatchMeans;
import org.stormsim.metrics.LatencyStats;
import org.stormsim.metrics.OutcomeConsumer;
import org.stormsim.metrics.OutcomeRing;
import org.stormsim.metrics.SliceSeries;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.Routing;
import org.stormsim.scenario.StationSpec;

/**
 * Runs one replication of a {@code kind: network} scenario: builds the stations from the
 * scenario with this replication's random streams, runs the kernel to the horizon with the
 * metrics consumers on their own threads, checks the conservation ledger and collects results.
 */
public final class NetworkReplication extends Replication<NetworkReplicationResult> {
    private final NetworkScenario scenario;
    private final int replication;
    private final long seriesInterval;

    public NetworkReplication(NetworkScenario scenario, int replication) {
        this(scenario, replication, 0);
    }

    /**
     * A replication that also keeps its time series in intervals of {@code seriesInterval}
     * microseconds (0: none); the sampling events are left out of its event count.
     */
    public NetworkReplication(NetworkScenario scenario, int replication, long seriesInterval) {
        if (seriesInterval < 0) {
            throw new IllegalArgumentException("the series interval cannot be negative: " + seriesInterval);
        }
        this.scenario = scenario;
        this.replication = replication;
        this.seriesInterval = seriesInterval;
    }

    @Override
    public NetworkReplicationResult run() {
        NetworkBuilder builder = build(new RandomStreams(scenario.seed(), replication));
        long warmup = scenario.warmup().micros();
        int n = scenario.stations().size();
        StationLatencies latencies = new StationLatencies(n, warmup, scenario.duration().micros());
        NetworkLedger ledger = new NetworkLedger(n);
        Kernel k = newKernel();
        Network network;
        boolean completed;
        long horizon = scenario.duration().micros();
        NetworkSeriesConsumer outcomes = seriesInterval == 0 ? null
                : new NetworkSeriesConsumer(n, seriesInterval, horizon, SimTime.intervals(horizon, seriesInterval));
        List<OutcomeConsumer> consumers = new ArrayList<>(List.of(latencies, ledger));
        if (outcomes != null) {
            consumers.add(outcomes);
        }
        NetworkSampler sampler = null;
        try (OutcomeRing ring = new OutcomeRing(consumers)) {
            network = builder.build(k, ring, warmup);
            if (outcomes != null) {
                sampler = network.sampleEvery(seriesInterval, horizon);
            }
            network.start();
            completed = k.runUntil(horizon, network);
            if (sampler != null) {
                sampler.finish(k.now());
                outcomes.endAt(k.now());
            }
        }
        long end = k.now();
        List<StationState> states = network.states(end);
        List<String> types = builder.types();
        Ledger checked = checkLedger(network, states, types, ledger);
        List<StationResult> results = new ArrayList<>();
        double span = SimTime.toSeconds(end - warmup);
        for (int i = 0; i < n; i++) {
            results.add(result(states.get(i), types.get(i), i, latencies, span));
        }
        List<SliceSeries> series = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            series.add(latencies.series(i));
        }
        long events = k.eventsProcessed() - (sampler == null ? 0 : sampler.ticks());
        NetworkSeries timeSeries = sampler == null ? null : new NetworkSeries(sampler, outcomes,
                scenario.stations().stream().map(StationSpec::id).toList(), types);
        return new NetworkReplicationResult(replication, results, events, SimTime.toSeconds(end), checked, completed, series, timeSeries);
    }

    private NetworkBuilder build(RandomStreams streams) {
        NetworkBuilder b = new NetworkBuilder(streams);
        for (StationSpec s : scenario.stations()) {
            if (s instanceof StationSpec.Source src) {
                Distribution ia = src.interarrival() != null ? src.interarrival()
                        : new Distribution.Exponential(SimTime.SECOND / src.rate().perSecond(), "exponential rate " + src.rate());
                b.source(s.id(), ia);
            } else if (s instanceof StationSpec.Queue q) {
                b.queue(s.id(), q.servers(), q.capacity().limit(), q.service());
            } else if (s instanceof StationSpec.Delay d) {
                b.delay(s.id(), d.delay());
            } else if (s instanceof StationSpec.TokenBucket t) {
                b.tokenBucket(s.id(), t.rate().perSecond(), t.burst(), t.onEmpty() == StationSpec.OnEmpty.WAIT, t.capacity().limit());
            } else {
                b.sink(s.id());
            }
        }
        for (StationSpec s : scenario.stations()) {
            Routing to = s.to();
            if (to != null) {
                List<String> ids = new ArrayList<>();
                double[] weights = new double[to.targets().size()];
                for (int i = 0; i < weights.length; i++) {
                    ids.add(to.targets().get(i).to());
                    weights[i] = to.targets().get(i).weight();
                }
                b.route(s.id(), ids, weights);
            }
        }
        return b;
    }

    private static Ledger checkLedger(Network network, List<StationState> states, List<String> types, NetworkLedger ledger) {
        Ledger total = new Ledger("customers", network.generated(), ledger.totalAbsorbed(), ledger.totalLost(), network.inFlight());
        StringBuilder broken = new StringBuilder();
        if (!total.balanced()) {
            broken.append(total.describe());
        }
        for (int i = 0; i < states.size(); i++) {
            StationState s = states.get(i);
            long accounted = ledger.departed(i) + ledger.lost(i) + ledger.absorbed(i) + s.inStationAtEnd();
            if (!types.get(i).equals("source") && accounted != s.arrivalsAll()) {
                broken.append(broken.length() > 0 ? "; " : "").append("station ").append(s.id()).append(": arrivals ")
                        .append(s.arrivalsAll()).append(" vs departed + lost + absorbed + in station = ").append(accounted);
            }
        }
        if (broken.length() > 0) {
            throw new ConservationException("the conservation ledger does not balance: " + broken);
        }
        return total;
    }

    private static StationResult result(StationState st, String type, int i, StationLatencies lat, double span) {
        boolean source = type.equals("source");
        long completions = source ? st.arrivals() : lat.completions(i);
        long lost = lat.lost(i);
        double lossProbability = st.arrivals() > 0 ? lost / (double) st.arrivals() : 0.0;
        double throughput = span > 0 ? completions / span : 0.0;
        boolean waits = type.equals("queue") || type.equals("tokenBucket");
        LatencyStats wait = waits ? lat.wait(i) : type.equals("delay") ? zeroWait(lat.sojourn(i)) : null;
        LatencyStats sojourn = source ? null : lat.sojourn(i);
        return new StationResult(st.id(), type, st.arrivals(), completions, lost, lossProbability, throughput,
                st.utilisation(), wait, sojourn, st.waitingMean(), st.waitingMax(), st.inStationMean(), st.inStationMax(),
                waits ? lat.waitBatches(i) : BatchMeans.Interval.NONE, source ? BatchMeans.Interval.NONE : lat.sojournBatches(i));
    }

    private static LatencyStats zeroWait(LatencyStats sojourn) {
        return new LatencyStats(sojourn.count(), 0, 0, 0, 0, 0, 0);
    }
}
