package org.stormsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.stormsim.summary.MetricPath;

class MetricPathTest {
    private static final JsonNode SUMMARY = read("""
            {"alerts": {"delivered": 10, "latency": {"mean": 2.5, "p99": 40.0}},
             "serviceRequests": {"responseTime": {"p99": 7.0}},
             "lanes": [{"id": "lane-0", "utilisation": 0.5, "queue": {"max": 3}},
                       {"id": "lane-1", "utilisation": 0.75, "queue": {"max": 9}}],
             "sla": {"measures": [{"id": "alerts", "region": "N", "achieved": 0.9},
                                  {"id": "alerts", "region": "all", "achieved": 0.97},
                                  {"id": "onDemand", "region": "all", "achieved": null}]}}
            """);

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldResolveDottedPathsAndJsonPointersAlike() {
        assertEquals(40.0, MetricPath.parse("alerts.latency.p99").resolve(SUMMARY));
        assertEquals(40.0, MetricPath.parse("/alerts/latency/p99").resolve(SUMMARY));
    }

    @Test
    void shouldSkipALatencyLevelInTheShortForm() {
        assertEquals(40.0, MetricPath.parse("alerts.p99").resolve(SUMMARY));
        assertEquals(7.0, MetricPath.parse("serviceRequests.p99").resolve(SUMMARY));
    }

    @Test
    void shouldAggregateOverTheLanes() {
        assertEquals(0.75, MetricPath.parse("lanes.max.utilisation").resolve(SUMMARY));
        assertEquals(0.5, MetricPath.parse("lanes.min.utilisation").resolve(SUMMARY));
        assertEquals(12.0, MetricPath.parse("lanes.sum.queue.max").resolve(SUMMARY));
        assertEquals(0.625, MetricPath.parse("lanes.mean.utilisation").resolve(SUMMARY));
        assertEquals(0.75, MetricPath.parse("lanes.1.utilisation").resolve(SUMMARY));
        assertEquals(0.5, MetricPath.parse("lanes.lane-0.utilisation").resolve(SUMMARY));
    }

    @Test
    void shouldSelectAListElementByItsValues() {
        assertEquals(0.97, MetricPath.parse("sla.measures.alerts.all.achieved").resolve(SUMMARY));
        assertEquals(0.9, MetricPath.parse("sla.measures.alerts.N.achieved").resolve(SUMMARY));
    }

    @Test
    void shouldGiveNaNForAMetricWithNoData() {
        assertTrue(Double.isNaN(MetricPath.parse("sla.measures.onDemand.all.achieved").resolve(SUMMARY)));
    }

    @Test
    void shouldNameWhatExistsWhenThePathDoesNotFit() {
        MetricPath.NotInSummary e = assertThrows(MetricPath.NotInSummary.class, () -> MetricPath.parse("alerts.p98").resolve(SUMMARY));
        assertTrue(e.getMessage().contains("allowed: delivered, latency"), e.getMessage());
        assertThrows(MetricPath.NotInSummary.class, () -> MetricPath.parse("lanes.7.utilisation").resolve(SUMMARY));
        assertThrows(MetricPath.NotInSummary.class, () -> MetricPath.parse("alerts.latency").resolve(SUMMARY));
    }

    @Test
    void shouldParseTargetsWithUnitsAndPercentages() {
        Target t = Target.parse("alerts.p99<=60s");
        assertTrue(t.atMost());
        assertEquals(60.0, t.bound());
        assertTrue(t.met(40.0));
        assertEquals(0.99, Target.parse("sla.measures.alerts.all.achieved>=99%").bound(), 1e-12);
        assertEquals(0.5, Target.parse("alerts.p99 <= 500ms").bound(), 1e-12);
        assertEquals(0.7, Target.parse("lanes.max.utilisation<=0.7").bound());
        assertTrue(!Target.parse("lanes.max.utilisation<=0.7").met(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("alerts.p99<60s"));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("alerts.p99<=60 parsecs"));
    }
}
