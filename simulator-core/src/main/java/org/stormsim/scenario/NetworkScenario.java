package org.stormsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code kind: network} scenario: a generic open queueing network of sources, queues, delays,
 * token buckets and sinks, used to check the engine against queueing theory and to model any
 * stage in isolation. Statistics start after {@code warmup}; {@code replications} independent
 * replications give confidence intervals.
 */
@Doc("A generic queueing network (kind: network)")
public record NetworkScenario(
        @Doc("the scenario kind: network") String kind,
        @Doc("a short name for the scenario, used in output folder names") String name,
        @Default(value = "1", source = "A") @Doc("the run seed: same seed, same results") long seed,
        @Doc("simulated horizon, e.g. 1100000s") SimDuration duration,
        @Default(value = "0s", source = "A") @Doc("statistics start after this simulated time, or auto (detected by MSER-5)") Warmup warmup,
        @Default(value = "1", source = "A") @Range(min = 1, max = NetworkScenario.MAX_REPLICATIONS)
        @Doc("independent replications; more than 1 gives 95% confidence half-widths") int replications,
        @Doc("the stations of the network") List<StationSpec> stations) implements Scenario, Validated, java.io.Serializable {

    public static final int MAX_REPLICATIONS = 100_000;

    @Override
    public void validate(Validation v) {
        v.check(!name.isBlank(), "name", "allowed: a non-empty name");
        v.check(duration.micros() > 0, "duration", "the simulated horizon must be more than zero");
        v.check(warmup.auto() || warmup.micros() < duration.micros(), "warmup", "the warm-up must end before the horizon (" + duration + ")");
        if (!v.check(!stations.isEmpty(), "stations", "a network needs at least a source and a sink")) {
            return;
        }
        Map<String, StationSpec> byId = checkIds(v);
        checkRoutes(v, byId);
        checkShape(v, byId);
    }

    @Override
    public String outline() {
        return stations.size() + " stations";
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
        return visitor.network(this);
    }

    /** A network scenario names no other file. */
    @Override
    public NetworkScenario withFilesRead(Path scenarioFile, Location namedAt) {
        return this;
    }

    /** The same scenario with a resolved warm-up (for {@code warmup: auto}). */
    @Override
    public NetworkScenario withWarmup(SimDuration resolved) {
        return new NetworkScenario(kind, name, seed, duration, Warmup.of(resolved), replications, stations);
    }

    /** The same scenario with another number of replications. */
    @Override
    public NetworkScenario withReplications(int n) {
        return new NetworkScenario(kind, name, seed, duration, warmup, n, stations);
    }

    /** The index of each station id, in file order. */
    public Map<String, Integer> indexById() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            out.put(stations.get(i).id(), i);
        }
        return out;
    }

    private Map<String, StationSpec> checkIds(Validation v) {
        Map<String, StationSpec> byId = new LinkedHashMap<>(); // file order, for the lists in messages
        for (int i = 0; i < stations.size(); i++) {
            StationSpec s = stations.get(i);
            if (s.id().isBlank()) {
                v.problem("stations[" + i + "].id", "allowed: a non-empty id");
            } else if (byId.putIfAbsent(s.id(), s) != null) {
                v.problem("stations[" + i + "].id", "station id '" + s.id() + "' is used twice; ids must be unique");
            }
        }
        return byId;
    }

    private void checkRoutes(Validation v, Map<String, StationSpec> byId) {
        for (int i = 0; i < stations.size(); i++) {
            Routing to = stations.get(i).to();
            if (to == null) {
                continue;
            }
            String path = "stations[" + i + "].to";
            List<Routing.Target> targets = to.targets();
            for (int k = 0; k < targets.size(); k++) {
                String at = targets.size() == 1 ? path : path + "[" + k + "]";
                Routing.Target t = targets.get(k);
                StationSpec target = byId.get(t.to());
                if (target == null) {
                    v.problem(targets.size() == 1 ? at : at + ".to", "no station has id '" + t.to() + "'"
                            + Suggest.didYouMean(t.to(), byId.keySet()) + "; allowed: " + String.join(", ", byId.keySet()));
                } else if (target instanceof StationSpec.Source) {
                    v.problem(targets.size() == 1 ? at : at + ".to", "'" + t.to() + "' is a source: nothing can be sent to a source");
                }
                if (targets.size() > 1) {
                    v.check(t.weight() > 0, at + ".weight", "allowed: a weight more than 0");
                }
            }
            if (targets.size() > 1 && Math.abs(to.totalWeight() - 1.0) > 1e-9) {
                v.problem(path, "the weights add up to " + BigDecimal.valueOf(to.totalWeight()).round(new MathContext(6)).stripTrailingZeros().toPlainString()
                        + "; they must add up to 1");
            }
        }
    }

    private void checkShape(Validation v, Map<String, StationSpec> byId) {
        boolean hasSource = stations.stream().anyMatch(s -> s instanceof StationSpec.Source);
        boolean hasSink = stations.stream().anyMatch(s -> s instanceof StationSpec.Sink);
        v.check(hasSource, "stations", "a network needs at least one station of type source");
        v.check(hasSink, "stations", "a network needs at least one station of type sink");
        if (!hasSource || !hasSink || !v.isClean()) {
            return;
        }
        Set<String> leaves = canReachSink(byId);
        for (int i = 0; i < stations.size(); i++) {
            StationSpec s = stations.get(i);
            if (!leaves.contains(s.id())) {
                v.problem("stations[" + i + "].to", "customers at '" + s.id()
                        + "' can never leave the network: no route from it leads to a sink");
            }
        }
        String loop = tokenBucketLoop(byId);
        if (loop != null) {
            v.problem("stations", "token buckets " + loop + " form a loop with no queue or delay in it: customers would circle without time passing");
        }
    }

    private Set<String> canReachSink(Map<String, StationSpec> byId) {
        Map<String, List<String>> into = new HashMap<>();
        for (StationSpec s : stations) {
            if (s.to() != null) {
                for (Routing.Target t : s.to().targets()) {
                    into.computeIfAbsent(t.to(), k -> new ArrayList<>()).add(s.id());
                }
            }
        }
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        for (StationSpec s : stations) {
            if (s instanceof StationSpec.Sink) {
                seen.add(s.id());
                work.add(s.id());
            }
        }
        while (!work.isEmpty()) {
            for (String from : into.getOrDefault(work.poll(), List.of())) {
                if (seen.add(from)) {
                    work.add(from);
                }
            }
        }
        return seen;
    }

    /** A cycle made only of token buckets (which pass customers on at once), or null. */
    private String tokenBucketLoop(Map<String, StationSpec> byId) {
        Map<String, Integer> state = new HashMap<>();
        for (StationSpec s : stations) {
            if (s instanceof StationSpec.TokenBucket) {
                String found = visitBuckets(s.id(), byId, state, new ArrayDeque<>());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String visitBuckets(String id, Map<String, StationSpec> byId, Map<String, Integer> state, Deque<String> trail) {
        Integer st = state.get(id);
        if (st != null) {
            return st == 1 ? String.join(" -> ", trail) + " -> " + id : null;
        }
        state.put(id, 1);
        trail.addLast(id);
        for (Routing.Target t : byId.get(id).to().targets()) {
            if (byId.get(t.to()) instanceof StationSpec.TokenBucket) {
                String found = visitBuckets(t.to(), byId, state, trail);
                if (found != null) {
                    return found;
                }
            }
        }
        trail.removeLast();
        state.put(id, 2);
        return null;
    }
}
