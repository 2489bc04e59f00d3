package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stormsim.scenario.DccScenario;

/**
 * The conservation ledger: for alerts, Service Requests and WAN re-registrations, what was
 * generated equals what was delivered (completed), suppressed, rejected, throttled, timed out, lost
 * or still in flight at the end. A replication whose ledger does not balance throws, so every run
 * in this suite checks it; these tests also recompute each ledger from the summary's own counts,
 * for every shipped {@code kind: dcc} scenario at a small scale, for every event type, and for a run
 * built to use every term.
 */
class LedgerTest {
    /** About this many hubs in all: a few thousand alerts and requests, well under a second a run. */
    private static final double SMALL_HUBS = 1000;

    /**
     * The --set override that shrinks a scenario to about {@link #SMALL_HUBS} hubs: population.scale,
     * which takes the hubs of each outage and the installations of each migration down with it.
     */
    static String[] small(DccScenario s) {
        long hubs = 0;
        for (String r : DccScenario.REGIONS) {
            hubs += s.population().hubs(r);
        }
        double f = Math.min(1.0, SMALL_HUBS / Math.max(1, hubs));
        return new String[] {"population.scale=" + s.population().scale() * f};
    }

    static Stream<String> shippedDccScenarios() {
        Path dir = DccRuns.shipped("gb-2020-01-alert-growth.yaml").getParent();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (p.toString().endsWith(".yaml") && Files.readString(p).lines().anyMatch(l -> l.trim().equals("kind: dcc"))) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names.stream();
    }

    @Test
    void shouldShipTheScenariosTheIssueAsksFor() {
        List<String> names = shippedDccScenarios().toList();
        for (String n : List.of("gb-2020-01-alert-growth.yaml", "csp-n-alert-degradation.yaml", "power-outage-reconnection.yaml",
                "firmware-fix-8f3e-spike.yaml", "counter-id-reset.yaml", "firmware-ota-csp-n.yaml", "smets1-migration-pacing.yaml")) {
            assertTrue(names.contains(n), n + " should be a shipped kind: dcc scenario; found " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("shippedDccScenarios")
    void shouldBalanceTheLedgerOfEveryShippedScenarioAtSmallScale(String name) {
        Path file = DccRuns.shipped(name);
        ObjectNode s = DccRuns.summary(DccRuns.load(file, small(DccRuns.load(file))), file);
        assertEquals("completed", s.at("/status").asText());
        assertTrue(DccRuns.count(s, "/alerts/generated") + DccRuns.count(s, "/serviceRequests/submitted") > 1000,
                name + ": too small a run to say much");
        assertBalanced(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"power-outage.yaml", "firmware-fix.yaml", "counter-reset.yaml", "migration.yaml", "growth.yaml", "replay.yaml",
        "firmware-channels.yaml", "retries.yaml", "lanes-overload.yaml"})
    void shouldBalanceTheLedgerForEachEventTypeAndStage(String fixture) {
        assertBalanced(DccRuns.summary(fixture));
    }

    @Test
    void shouldBalanceWithEveryTermOfTheLedgerInUse() {
        ObjectNode s = DccRuns.summary("ledger-stress.yaml");
        assertBalanced(s);
        JsonNode a = s.at("/ledger/alerts");
        JsonNode d = s.at("/ledger/deliveries");
        JsonNode r = s.at("/ledger/serviceRequests");
        JsonNode g = s.at("/ledger/registrations");
        for (JsonNode term : List.of(a.at("/delivered"), d.at("/rejectedDuplicate"), a.at("/lost"), a.at("/inFlightAtEnd"),
                r.at("/completed"), r.at("/timedOut"), r.at("/rejected"), r.at("/inFlightAtEnd"), g.at("/delivered"), g.at("/lost"))) {
            assertTrue(term.asLong() > 0, "ledger-stress.yaml should exercise every term: " + s.at("/ledger"));
        }
        assertTrue(DccRuns.count(s, "/serviceRequests/resubmitted") > 0);
    }

    /** Every ledger balances, and its terms agree with the summary's own breakdowns. */
    static void assertBalanced(ObjectNode s) {
        String name = s.at("/scenario/name").asText();
        for (String kind : List.of("alerts", "deliveries", "serviceRequests", "requests", "registrations", "testCommands")) {
            JsonNode l = s.at("/ledger/" + kind);
            assertTrue(l.at("/balanced").asBoolean(), name + ": the " + kind + " ledger does not balance: " + l);
            long accounted = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = l.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("generated") && !e.getKey().equals("balanced")) {
                    accounted += e.getValue().asLong();
                }
            }
            assertEquals(l.at("/generated").asLong(), accounted, name + ": " + kind + " terms " + l);
        }
        JsonNode alerts = s.at("/alerts");
        for (String term : List.of("generated", "delivered", "suppressed", "lost")) {
            assertEquals(alerts.at("/" + term).asLong(), sum(alerts.at("/byCode"), term), name + ": alerts." + term + " over byCode");
            assertEquals(alerts.at("/" + term).asLong(), sum(alerts.at("/byRegion"), term), name + ": alerts." + term + " over byRegion");
        }
        assertEquals(alerts.at("/inFlightAtEnd").asLong(), sum(alerts.at("/byCode"), "inFlightAtEnd"));
        JsonNode deliveries = s.at("/deliveries");
        for (String term : List.of("handedOver", "takenIn", "rejectedDuplicate", "lost")) {
            assertEquals(deliveries.at("/" + term).asLong(), sum(deliveries.at("/byCode"), term), name + ": deliveries." + term + " over byCode");
            assertEquals(deliveries.at("/" + term).asLong(), sum(deliveries.at("/byRegion"), term), name + ": deliveries." + term + " over byRegion");
        }
        assertEquals(s.at("/ledger/deliveries/generated").asLong(), deliveries.at("/handedOver").asLong(), name + ": a delivery begins at the hand-off");
        JsonNode sr = s.at("/serviceRequests");
        for (String term : List.of("submitted", "completed", "timedOut", "resubmitted", "throttled", "rejected", "lost")) {
            assertEquals(sr.at("/" + term).asLong(), sum(sr.at("/byUser"), term), name + ": serviceRequests." + term + " over byUser");
            assertEquals(sr.at("/" + term).asLong(), sum(sr.at("/byCategory"), term), name + ": serviceRequests." + term + " over byCategory");
            assertEquals(sr.at("/" + term).asLong(), sum(sr.at("/byVariant"), term), name + ": serviceRequests." + term + " over byVariant");
        }
        assertEquals(sr.at("/submitted").asLong(), s.at("/ledger/serviceRequests/generated").asLong());
    }

    private static long sum(JsonNode byKey, String term) {
        long total = 0;
        for (JsonNode x : byKey) {
            total += x.at("/" + term).asLong();
        }
        return total;
    }
}
