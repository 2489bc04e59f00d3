package org.stormsim.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics a sweep reports when none are named: for the GB model, alert latency (mean, p99,
 * p99.9), alerts delivered and suppressed, the busiest lane's utilisation and queue, SR response
 * time, SRs throttled and throttle episodes, and every Service Level measure over all regions; for a
 * queueing network, each station's mean wait, utilisation and loss, and each sink's time in the
 * system. Only paths the summary has are kept.
 */
public final class DefaultMetrics {
    private static final List<String> DCC = List.of("alerts.latency.mean", "alerts.latency.p99", "alerts.latency.p999",
            "alerts.delivered", "alerts.suppressed", "lanes.max.utilisation", "lanes.max.queue.max",
            "serviceRequests.responseTime.mean", "serviceRequests.responseTime.p99", "serviceRequests.throttled",
            "throttling.serviceRequestTrafficManagement.episodes.count",
            "throttling.serviceRequestTrafficManagement.episodes.fractionOfTime");

    private DefaultMetrics() {
    }

    /** The defaults that at least one of {@code replications} (one per sweep point) has, in a fixed order. */
    public static List<MetricPath> of(List<? extends JsonNode> replications) {
        List<MetricPath> out = new ArrayList<>();
        if (replications.isEmpty()) {
            return out;
        }
        for (MetricPath p : candidates(replications.get(0))) {
            if (replications.stream().anyMatch(r -> resolves(p, r))) {
                out.add(p);
            }
        }
        return out;
    }

    public static List<MetricPath> of(JsonNode replication) {
        return of(List.of(replication));
    }

    private static boolean resolves(MetricPath p, JsonNode replication) {
        try {
            p.resolve(replication);
            return true;
        } catch (MetricPath.NotInSummary e) {
            return false; // not in this summary (e.g. throttling off)
        }
    }

    private static List<MetricPath> candidates(JsonNode replication) {
        List<String> candidates = new ArrayList<>();
        if (replication.has("stations")) {
            replication.get("stations").fields().forEachRemaining(e -> {
                String type = e.getValue().path("type").asText();
                String at = "stations." + e.getKey() + ".";
                if (type.equals("sink")) {
                    candidates.add(at + "systemTime.mean");
                } else if (!type.equals("source")) {
                    candidates.addAll(List.of(at + "wait.mean", at + "utilisation", at + "lossProbability"));
                }
            });
        } else {
            candidates.addAll(DCC);
            for (JsonNode m : replication.path("sla").path("measures")) {
                if (m.path("region").asText().equals("all")) {
                    candidates.add("sla.measures." + m.path("id").asText() + ".all.achieved");
                }
            }
        }
        return candidates.stream().map(MetricPath::parse).toList();
    }
}
