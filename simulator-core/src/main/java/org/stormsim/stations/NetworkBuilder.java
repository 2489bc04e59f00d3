package org.stormsim.stations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.engine.Distribution;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStreams;
import org.stormsim.metrics.OutcomeRing;

/**
 * Assembles a {@link Network} for one replication: stations in order (their index is their
 * position), then routes by station id. Each station draws from its own named streams
 * ({@code interarrival:ID}, {@code service:ID}, {@code delay:ID}, {@code route:ID}), so adding
 * a station never changes the numbers another one sees.
 */
public final class NetworkBuilder {
    private final RandomStreams streams;
    private final List<Station> stations = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Integer, Route> routes = new HashMap<>();

    public NetworkBuilder(RandomStreams streams) {
        this.streams = streams;
    }

    public NetworkBuilder source(String id, Distribution interarrival) {
        return add(new SourceStation(stations.size(), id, interarrival, streams.stream("interarrival:" + id)), "source");
    }

    public NetworkBuilder queue(String id, int servers, long capacity, Distribution service) {
        return add(new QueueStation(stations.size(), id, servers, capacity, service, streams.stream("service:" + id)), "queue");
    }

    public NetworkBuilder delay(String id, Distribution delay) {
        return add(new DelayStation(stations.size(), id, delay, streams.stream("delay:" + id)), "delay");
    }

    public NetworkBuilder tokenBucket(String id, double ratePerSecond, int burst, boolean waitWhenEmpty, long capacity) {
        return add(new TokenBucketStation(stations.size(), id, ratePerSecond, burst, waitWhenEmpty, capacity), "tokenBucket");
    }

    public NetworkBuilder sink(String id) {
        return add(new SinkStation(stations.size(), id), "sink");
    }

    /** Routes station {@code from} to {@code to} with the given weights (one target: weight ignored). */
    public NetworkBuilder route(String from, List<String> to, double[] weights) {
        int f = indexOf(from);
        int[] targets = new int[to.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = indexOf(to.get(i));
        }
        routes.put(f, targets.length == 1 ? Route.fixed(targets[0]) : Route.weighted(targets, weights, streams.stream("route:" + from)));
        return this;
    }

    /** The station types in index order ("source", "queue", "delay", "tokenBucket", "sink"). */
    public List<String> types() {
        return List.copyOf(types);
    }

    public Network build(Kernel kernel, OutcomeRing ring, long warmup) {
        Station[] s = stations.toArray(new Station[0]);
        Route[] r = new Route[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = routes.getOrDefault(i, Route.none());
        }
        return new Network(kernel, ring, warmup, s, r);
    }

    private NetworkBuilder add(Station s, String type) {
        if (index.putIfAbsent(s.id(), s.index()) != null) {
            throw new IllegalArgumentException("duplicate station id " + s.id());
        }
        stations.add(s);
        types.add(type);
        return this;
    }

    private int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no station " + id);
        }
        return i;
    }
}
