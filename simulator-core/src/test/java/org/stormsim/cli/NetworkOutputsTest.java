package org.stormsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stormsim.cli.BadScenarioTest.Outcome;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.testing.NetworkRun;

/**
 * The time series of a {@code kind: network} run: timeseries.csv, latency.hlog and report.html
 * (NetworkReportBrowserTest renders it), counting what the summary counts, byte-identical on any
 * thread count, and leaving the summary as it was without them.
 */
class NetworkOutputsTest {
    private static final String SCENARIO = """
            kind: network
            name: network-series
            seed: 5
            duration: 200s
            warmup: 20s
            stations:
              - {id: arrivals, type: source, rate: 300/s, to: gate}
              - {id: gate, type: tokenBucket, rate: 320/s, burst: 10, onEmpty: reject, to: server}
              - {id: server, type: queue, servers: 2, service: exponential(6ms), capacity: 20, to: wire}
              - {id: wire, type: delay, delay: 'uniform(10ms, 30ms)', to: done}
              - {id: done, type: sink}
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path file;
    private static Path one;

    @BeforeAll
    static void runOnce() throws IOException {
        file = Files.writeString(tmp.resolve("network-series.yaml"), SCENARIO);
        one = tmp.resolve("one");
        run(one, "--interval", "20s");
    }

    private static Outcome run(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", file.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        Outcome o = BadScenarioTest.cli(args.toArray(new String[0]));
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(o.out().contains("written: " + out.resolve("timeseries.csv")), o.out());
        assertTrue(o.out().contains("written: " + out.resolve("latency.hlog")), o.out());
        assertTrue(o.out().contains("written: " + out.resolve("report.html")), o.out());
        return o;
    }

    @Test
    void shouldWriteOneRowPerIntervalCountingWhatTheLedgerCounts() throws IOException {
        List<Map<String, String>> rows = RunOutputsTest.csv(one.resolve("timeseries.csv"));
        JsonNode summary = JSON.readTree(one.resolve("summary.json").toFile());
        assertEquals(10, rows.size());
        assertEquals(summary.at("/ledger/customers/delivered").asLong(), sum(rows, "done_absorbed"));
        assertEquals(summary.at("/ledger/customers/lost").asLong(), sum(rows, "gate_lost") + sum(rows, "server_lost"));
        assertFalse(rows.get(0).containsKey("wire_lost"), "a delay loses nothing");
        assertFalse(rows.get(0).containsKey("gate_utilisation"), "only queues have servers");
        for (Map<String, String> r : rows) {
            double u = Double.parseDouble(r.get("server_utilisation"));
            assertTrue(u > 0.8 && u < 1.0, "300/s x 6 ms over 2 servers is about 0.9: " + u);
        }
    }

    @Test
    void shouldReadTheLatencyLogBackWithTheLedgersDeliveredCount() throws IOException {
        JsonNode summary = JSON.readTree(one.resolve("summary.json").toFile());
        long count = 0;
        int intervals = 0;
        HistogramLogReader reader = new HistogramLogReader(one.resolve("latency.hlog").toFile());
        for (EncodableHistogram h = reader.nextIntervalHistogram(); h != null; h = reader.nextIntervalHistogram()) {
            assertEquals("timeInSystem", h.getTag());
            count += ((org.HdrHistogram.Histogram) h).getTotalCount();
            intervals++;
        }
        assertEquals(summary.at("/ledger/customers/delivered").asLong(), count);
        assertEquals(10, intervals);
    }

    @Test
    void shouldWriteTheSameSeriesOnOneAndThreeThreads() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        run(a, "--replications", "3", "--threads", "1");
        run(b, "--replications", "3", "--threads", "3");
        for (String name : List.of("timeseries.csv", "latency.hlog", "report.html")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    @Test
    void shouldLeaveTheSummaryAsItWasWhenASeriesIsKept() throws Exception {
        NetworkScenario s = (NetworkScenario) ScenarioLoader.loadWithOverrides(file, List.of());
        ObjectNode plain = NetworkRun.of(s, 1).summary();
        ObjectNode sampled = NetworkRun.of(s, 1, 7_000_000, new org.stormsim.experiment.Experiment(1)).summary();
        plain.remove("run");
        sampled.remove("run");
        assertEquals(plain.toString(), sampled.toString());
    }

    private static long sum(List<Map<String, String>> rows, String column) {
        long s = 0;
        for (Map<String, String> r : rows) {
            s += Long.parseLong(r.get(column));
        }
        return s;
    }
}
