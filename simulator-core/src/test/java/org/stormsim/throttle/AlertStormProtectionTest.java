package org.stormsim.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stormsim.dcc.DccOutcome;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccThrottling;
import org.stormsim.testing.Timeline;
import org.stormsim.testing.Timeline.Outcome;

/**
 * SECMP0062 alert storm protection, end to end through the GB model. {@code storm-devices.yaml} has
 * four single-hub cohorts with a Supplier each, so an outcome's User and code name its device and
 * key; its delays before the DSP are deterministic (3.2 s) and the uplink never queues, so the gate
 * sees each device's alerts in the order raised, at a time the test knows. Every decision is then
 * replayed against {@link ProtectionOracle}. {@code many-devices.yaml} checks the same promises over
 * 30,000 hubs. Fixed seeds; the whole class runs in a few seconds.
 */
class AlertStormProtectionTest {
    /** HAN 1 s + uplink 100 ms + CSP 2 s + DSP ingest 100 ms, all deterministic in the fixture. */
    private static final long PATH_TO_DSP = 3_200_000L;
    private static Timeline dspByCode;

    @BeforeAll
    static void runDefault() {
        dspByCode = ThrottleRuns.timeline(stormDevices("dsp", "deviceAndCode"));
    }

    private static DccScenario stormDevices(String at, String key) {
        return ThrottleRuns.scenario("storm-devices.yaml", "throttling.alertStormProtection.at=" + at,
                "throttling.alertStormProtection.key=" + key);
    }

    @Test
    void shouldPassThresholdAlertsInAWindowAndSuppressTheNext() {
        List<Outcome> storm = byKey(dspByCode, false).get("s1:8F3E");
        assertTrue(storm.get(10).t0() - storm.get(0).t0() < ThrottleRuns.HOUR,
                "fixture: the stormer's first 11 alerts fall within an hour (40 an hour)");
        for (int i = 0; i < 10; i++) {
            assertEquals(DccOutcome.DELIVERY_HANDED_OVER, storm.get(i).kind(), "alert " + (i + 1) + " of the window passes");
            assertEquals(1, storm.get(i).t1(), "alert " + (i + 1) + " stands only for itself");
        }
        assertEquals(DccOutcome.ALERT_SUPPRESSED, storm.get(10).kind(), "the 11th alert in the window is suppressed");
    }

    @ParameterizedTest(name = "at {0}, key {1}")
    @CsvSource({"dsp, deviceAndCode", "csp, deviceAndCode", "dsp, device", "csp, device"})
    void shouldDecideEveryAlertAsTheRuleStates(String at, String key) {
        DccScenario s = stormDevices(at, key);
        Timeline t = at.equals("dsp") && key.equals("deviceAndCode") ? dspByCode : ThrottleRuns.timeline(s);
        DccThrottling.AlertStormProtection p = s.throttling().alertStormProtection();
        long toGate = at.equals("dsp") ? PATH_TO_DSP : 0;
        int decided = 0;
        for (Map.Entry<String, List<Outcome>> e : byKey(t, key.equals("device")).entrySet()) {
            ProtectionOracle oracle = new ProtectionOracle(p.threshold(), p.window().micros(), p.forwardOnePer().micros());
            boolean exempt = e.getKey().endsWith(":8F75");
            for (Outcome o : e.getValue()) {
                int expected = exempt ? 1 : oracle.offer(o.t0() + toGate);
                int got = o.kind() == DccOutcome.ALERT_SUPPRESSED ? 0 : (int) o.t1();
                assertEquals(expected, got, e.getKey() + " alert raised at " + o.t0() / 1e6 + " s (0 = suppressed, else the count carried)");
                decided++;
            }
        }
        assertTrue(decided > 4000, "fixture: thousands of alerts decided, got " + decided);
        assertTrue(t.count(DccOutcome.ALERT_SUPPRESSED) > 1000, "fixture: the stormers are suppressed");
    }

    @ParameterizedTest(name = "key {0}")
    @CsvSource({"deviceAndCode", "device"})
    void shouldNeverSuppressAnExemptCode(String key) {
        Timeline t = key.equals("deviceAndCode") ? dspByCode : ThrottleRuns.timeline(stormDevices("dsp", key));
        List<Outcome> exempt = t.outcomes.stream().filter(o -> o.isAlert() && o.code().equals("8F75")).toList();
        assertTrue(exempt.size() > 1500, "fixture: the stormer raises 8F75 at 40 an hour, got " + exempt.size());
        for (Outcome o : exempt) {
            assertEquals(DccOutcome.DELIVERY_HANDED_OVER, o.kind(), "8F75 raised at " + o.t0() / 1e6 + " s");
            assertEquals(1, o.t1(), "an exempt alert never stands for suppressed ones");
        }
    }

    @Test
    void shouldNeverSuppressADeviceThatStaysUnderTheThreshold() {
        DccThrottling.AlertStormProtection p = stormDevices("dsp", "deviceAndCode").throttling().alertStormProtection();
        // a key never has more than threshold alerts within a window (plus one gate tick) from any of its alerts
        long span = p.window().micros() + ProtectionOracle.TICK_MICROS;
        int under = 0;
        int over = 0;
        for (Map.Entry<String, List<Outcome>> e : byKey(dspByCode, false).entrySet()) {
            if (e.getKey().endsWith(":8F75")) {
                continue;
            }
            if (mostInAnySpan(e.getValue(), span) > p.threshold()) {
                over++;
                continue;
            }
            under++;
            long suppressed = e.getValue().stream().filter(o -> o.kind() == DccOutcome.ALERT_SUPPRESSED).count();
            assertEquals(0, suppressed, e.getKey() + " never exceeds " + p.threshold() + " alerts in a window");
        }
        assertTrue(under >= 1 && over >= 1, "fixture: some keys stay under the threshold (" + under + ") and some storm (" + over + ")");
    }

    @Test
    void shouldSuppressNoneOfThirtyThousandDevicesUnderTheThreshold() {
        JsonNode s = ThrottleRuns.summary(ThrottleRuns.scenario("many-devices.yaml"));
        assertTrue(ThrottleRuns.count(s, "/alerts/byCode/8F12/generated") > 80_000, "fixture: the steady CHFs raise 8F12");
        assertEquals(0, ThrottleRuns.count(s, "/alerts/byCode/8F12/suppressed"), "8F12 at 12 a day per CHF is far under 10 an hour");
        assertEquals(0, ThrottleRuns.count(s, "/alerts/byCode/8F75/suppressed"), "8F75 is exempt");
        // each storming ESME: 10 pass, then one forwarded per 2 h period (at 2 h and 4 h) in a 6 h run
        long stormers = Math.round(30_000 * 0.02);
        assertEquals(stormers, ThrottleRuns.count(s, "/throttling/alertStormProtection/devicesThrottled"));
        assertEquals(2 * stormers, ThrottleRuns.count(s, "/throttling/alertStormProtection/consolidatedForwarded"));
        assertEquals(12 * stormers, ThrottleRuns.count(s, "/alerts/byCode/8F3E/delivered"));
    }

    @Test
    void shouldMakeEachForwardedAlertCarryTheAlertsItStandsFor() {
        long carriedBeyondItself = 0;
        long pending = 0;
        for (Map.Entry<String, List<Outcome>> e : byKey(dspByCode, false).entrySet()) {
            int suppressedSince = 0;
            for (Outcome o : e.getValue()) {
                if (o.kind() == DccOutcome.ALERT_SUPPRESSED) {
                    suppressedSince++;
                } else {
                    assertEquals(suppressedSince + 1, o.t1(), e.getKey() + ": the alert delivered at " + o.t2() / 1e6
                            + " s stands for itself and the alerts suppressed since the last one delivered");
                    carriedBeyondItself += o.t1() - 1;
                    suppressedSince = 0;
                }
            }
            pending += suppressedSince;
        }
        long suppressed = dspByCode.count(DccOutcome.ALERT_SUPPRESSED);
        assertTrue(carriedBeyondItself > 0 && pending > 0, "fixture: some suppressed alerts forwarded, some still pending at the end");
        assertEquals(suppressed, carriedBeyondItself + pending, "delivered carried counts + still pending = suppressed");
        JsonNode s = ThrottleRuns.summary(stormDevices("dsp", "deviceAndCode"));
        assertEquals(carriedBeyondItself, ThrottleRuns.count(s, "/alerts/consolidatedInto"));
        assertEquals(suppressed, ThrottleRuns.count(s, "/throttling/alertStormProtection/suppressed"));
    }

    @Test
    void shouldCountAllOfADevicesCodesTogetherWhenKeyIsDevice() {
        // s3's ESME raises 8F3E and 8014 at 4 an hour each: rarely over 10 an hour per code, often per device
        long perCode = suppressedFrom(dspByCode, "s3");
        long perDevice = suppressedFrom(ThrottleRuns.timeline(stormDevices("dsp", "device")), "s3");
        assertTrue(perDevice > 4 * Math.max(perCode, 1),
                "s3 suppressed " + perCode + " counting per code, " + perDevice + " counting per device");
    }

    @Test
    void shouldSpareTheWanUplinkOnlyWhenActingAtTheCsp() {
        JsonNode dsp = ThrottleRuns.summary(ThrottleRuns.scenario("many-devices.yaml", "throttling.alertStormProtection.at=dsp"));
        JsonNode csp = ThrottleRuns.summary(ThrottleRuns.scenario("many-devices.yaml", "throttling.alertStormProtection.at=csp"));
        long generated = ThrottleRuns.count(dsp, "/alerts/generated");
        assertEquals(generated, ThrottleRuns.count(csp, "/alerts/generated"), "same seed, same alerts");
        long dspUplink = uplinkMessages(dsp);
        long cspUplink = uplinkMessages(csp);
        long cspSuppressed = ThrottleRuns.count(csp, "/alerts/suppressed");
        assertTrue(ThrottleRuns.count(dsp, "/alerts/suppressed") > generated / 4, "fixture: a third of the alerts are suppressed");
        // at the DSP every alert has crossed the WAN (but those still on their way at the end)
        assertTrue(dspUplink >= generated - ThrottleRuns.count(dsp, "/alerts/inFlightAtEnd"), "at dsp: " + dspUplink + " of " + generated);
        // at the CSP the suppressed ones never do
        assertTrue(cspUplink <= generated - cspSuppressed, "at csp: " + cspUplink + " uplink messages, " + cspSuppressed + " suppressed");
        assertTrue(cspUplink >= generated - cspSuppressed - ThrottleRuns.count(csp, "/alerts/inFlightAtEnd"));
    }

    @ParameterizedTest(name = "at {0}, key {1}")
    @CsvSource({"dsp, deviceAndCode", "csp, device"})
    void shouldKeepTheAlertLedgerBalancedWhenSuppressing(String at, String key) {
        JsonNode s = ThrottleRuns.summary(ThrottleRuns.scenario("many-devices.yaml", "throttling.alertStormProtection.at=" + at,
                "throttling.alertStormProtection.key=" + key));
        JsonNode ledger = s.at("/ledger/alerts");
        assertTrue(ledger.path("balanced").asBoolean(), ledger.toString());
        long accounted = 0;
        for (String term : List.of("delivered", "suppressed", "lost", "inFlightAtEnd")) {
            accounted += ledger.path(term).asLong();
        }
        assertEquals(ledger.path("generated").asLong(), accounted, "generated = delivered + suppressed + lost + in flight");
        long suppressed = ThrottleRuns.count(s, "/throttling/alertStormProtection/suppressed");
        assertTrue(suppressed > 0);
        assertEquals(suppressed, ledger.path("suppressed").asLong(), "every suppression is in the ledger");
        assertEquals(suppressed, sum(s.at("/throttling/alertStormProtection/byCode"), null));
        assertEquals(suppressed, sum(s.at("/throttling/alertStormProtection/laneLoadSpared"), "alertsSpared"));
    }

    // ---- helpers

    /** Alert outcomes by key (User:code, or User alone when counting per device; exempt 8F75 apart), in the order raised. */
    private static Map<String, List<Outcome>> byKey(Timeline t, boolean perDevice) {
        Map<String, List<Outcome>> out = new LinkedHashMap<>();
        List<Outcome> alerts = new ArrayList<>(t.outcomes.stream().filter(Outcome::isAlert).toList());
        alerts.sort(Comparator.comparingLong(Outcome::t0));
        for (Outcome o : alerts) {
            String user = t.scenario.users().get(o.user()).id();
            String key = perDevice && !o.code().equals("8F75") ? user : user + ":" + o.code();
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        return out;
    }

    private static int mostInAnySpan(List<Outcome> alerts, long span) {
        int most = 0;
        for (int i = 0, j = 0; i < alerts.size(); i++) {
            while (j < alerts.size() && alerts.get(j).t0() - alerts.get(i).t0() < span) {
                j++;
            }
            most = Math.max(most, j - i);
        }
        return most;
    }

    private static long suppressedFrom(Timeline t, String user) {
        int u = t.user(user);
        return t.outcomes.stream().filter(o -> o.kind() == DccOutcome.ALERT_SUPPRESSED && o.user() == u).count();
    }

    private static long uplinkMessages(JsonNode s) {
        long n = 0;
        for (String r : List.of("N", "C", "S")) {
            n += ThrottleRuns.count(s, "/wan/" + r + "/uplinkMessages");
        }
        return n;
    }

    private static long sum(JsonNode n, String field) {
        long total = 0;
        for (JsonNode x : n) {
            total += field == null ? x.asLong() : x.path(field).asLong();
        }
        return total;
    }
}
