package org.stormsim.dcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.Main;

/**
 * The User's view of its requests on the SECMP0067 scenario (at a twentieth of its scale): per User,
 * what it sent, what completed, what it gave up and why, what SECMP0067 refused and deferred, each
 * adding up with the ledger; and the "all requests" measure beside the SEC's, which leaves refused
 * attempts out (with their count) and so differs from it whenever anything was refused.
 */
class UsersViewTest {
    @TempDir
    static Path tmp;
    private static ObjectNode summary;
    private static String printed;

    /** {@code stormsim run} as a user runs it: with SECMP0067 on it also runs the scenario without it. */
    @BeforeAll
    static void run() throws IOException {
        Path out = tmp.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"run", DccRuns.shipped("secmp0067-throttle-window.yaml").toString(), "--set",
            "population.scale=0.05", "--out", out.toString(), "--no-progress", "--threads", "2"}, new PrintWriter(stdout, true),
            new PrintWriter(err, true));
        assertEquals(Main.OK, status, err.toString());
        summary = (ObjectNode) new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        printed = stdout.toString();
    }

    @Test
    void shouldAddEachUsersRefusalsAndAbandonmentsUpToTheLedger() {
        long completed = 0;
        long abandoned = 0;
        long refused = 0;
        long afterRefusal = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.at("/serviceRequests/byUser").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> u = it.next();
            JsonNode q = u.getValue().at("/requests");
            completed += q.at("/completed").asLong();
            abandoned += q.at("/abandoned").asLong();
            long userRefused = 0;
            long userAfterRefusal = 0;
            long userAbandoned = 0;
            for (JsonNode c : q.at("/byCategory")) {
                userRefused += c.at("/refusedAttempts").asLong();
                userAfterRefusal += c.at("/abandonedAfterRefusal").asLong();
                userAbandoned += c.at("/abandoned").asLong();
                assertEquals(c.at("/abandoned").asLong(), c.at("/abandonedAfterTimeOut").asLong() + c.at("/abandonedAfterRefusal").asLong()
                        + c.at("/abandonedOtherwise").asLong(), u.getKey() + ": the causes add up");
                assertTrue(c.at("/timeToComplete/count").asLong() <= c.at("/completed").asLong(), "timed: those after the warm-up");
            }
            assertEquals(u.getValue().at("/throttled").asLong(), userRefused, u.getKey() + ": refused attempts, per category and in all");
            assertEquals(q.at("/abandoned").asLong(), userAbandoned);
            assertTrue(userAfterRefusal <= userRefused, u.getKey() + ": a request given up after a refusal was refused at least once");
            refused += userRefused;
            afterRefusal += userAfterRefusal;
        }
        assertEquals(summary.at("/ledger/requests/completed").asLong(), completed, "completed requests: the Users' and the ledger's");
        assertEquals(summary.at("/ledger/requests/abandoned").asLong(), abandoned, "abandoned requests: the Users' and the ledger's");
        assertEquals(summary.at("/ledger/serviceRequests/throttled").asLong(), refused, "refused attempts: the Users' and the ledger's");
        assertTrue(refused > 1000 && afterRefusal > 100, "fixture: " + refused + " refused, " + afterRefusal + " given up after a refusal");
        assertTrue(summary.at("/ledger/requests/balanced").asBoolean());
    }

    @Test
    void shouldPrintTheUsersViewWithRefusalsAndAbandonments() {
        String table = printed;
        assertTrue(table.contains("User's view"), table);
        JsonNode c = summary.at("/serviceRequests/byUser/supplierC");
        String row = table.lines().filter(l -> l.startsWith("supplierC ")).findFirst().orElseThrow();
        assertTrue(row.contains(" " + c.at("/requests/abandoned").asLong() + " "), "abandoned in the row: " + row);
        assertTrue(row.contains(" " + c.at("/throttled").asLong() + " "), "refused in the row: " + row);
    }

    @Test
    void shouldSetTheAllRequestsMeasureBesideTheSecsAndDifferWhenAnythingWasRefused() {
        JsonNode sec = ServiceLevelPeriodsTest.measure(summary, "onDemand", "all");
        JsonNode all = ServiceLevelPeriodsTest.measure(summary, "onDemandAllRequests", "all");
        long refused = sec.at("/excluded/refusedBySecmp0067").asLong();
        assertTrue(refused > 0, "the SEC's measure says what it leaves out: " + sec.at("/excluded"));
        assertEquals(0, all.at("/excluded/refusedBySecmp0067").asLong(), "the User's view leaves nothing refused out");
        assertNotEquals(sec.at("/achieved").asDouble(), all.at("/achieved").asDouble(),
                "requests across their attempts, the refused ones in, are not the SEC's attempts with the refused ones out");
        assertEquals("firstSubmitted", all.at("/from").asText());
        assertEquals("requests (across their attempts)", all.at("/counts").asText());
        JsonNode without = summary.at("/throttling/serviceRequestTrafficManagement/slaWithoutThrottling");
        assertTrue(without.isArray() && without.size() > 0, "the same run without SECMP0067, beside it");
        boolean found = false;
        for (JsonNode m : without) {
            if (m.at("/id").asText().equals("onDemandAllRequests") && m.at("/region").asText().equals("all")) {
                found = true;
                assertEquals(0, m.at("/excluded/refusedBySecmp0067").asLong(), "nothing is refused without throttling");
            }
        }
        assertTrue(found, "the all-requests measure without throttling");
    }
}
