package org.stormsim.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep and a lane sizing on two worker processes on the loopback interface give the same bytes
 * as on one machine; a worker killed in the middle of a sweep costs nothing but time (its tasks run
 * again on the others, none counted twice); a bad or unreachable {@code --cluster} is bad input.
 * The scenario is the quickstart cut to a twentieth of its population, a second or so a replication.
 */
class ClusterStudyTest {
    private static final Path QUICKSTART = TransportTest.ROOT.resolve("scenarios/quickstart.yaml");
    private static final String[] SWEEP = {"sweep", QUICKSTART.toString(), "--set", "population.scale=0.05", "--param", "dsp.lanes=1,2",
        "--param", "throttling.alertStormProtection.enabled=false,true", "--replications", "2"};
    private static final String[] LANES = {"size-lanes", QUICKSTART.toString(), "--set", "population.scale=0.05", "--target",
        "lanes.max.utilisation<=0.25"};
    private static LocalWorkers workers;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startTwoWorkers() throws IOException, InterruptedException {
        workers = new LocalWorkers();
        workers.start(1);
        workers.start(1);
    }

    @AfterAll
    static void stopWorkers() {
        workers.close();
    }

    record Outcome(int status, String out, String err) {
    }

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ClusterMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(status, out.toString(), err.toString());
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private void assertSameFiles(Path a, Path b, String... names) throws IOException {
        for (String f : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " on the cluster and on one machine");
        }
    }

    @Test
    void shouldWriteTheSameSweepOnTwoWorkersAsOnOneMachine() throws IOException {
        Outcome here = cli(with(SWEEP, "--threads", "2", "--out", tmp.resolve("here").toString()));
        assertEquals(0, here.status(), here.err());
        Outcome there = cli(with(SWEEP, "--cluster", workers.addresses(), "--out", tmp.resolve("cluster").toString()));
        assertEquals(0, there.status(), there.err());
        assertTrue(there.err().contains("cluster: connected to 2 worker(s)"), there.err());
        assertTrue(there.out().contains("the cluster at " + workers.addresses()), there.out());
        assertSameFiles(tmp.resolve("here"), tmp.resolve("cluster"), "sweep.csv", "sweep.json", "sweep.html");
    }

    @Test
    void shouldSizeTheSameLanesOnTwoWorkersAsOnOneMachine() throws IOException {
        Outcome here = cli(with(LANES, "--threads", "2", "--out", tmp.resolve("here").toString()));
        assertEquals(0, here.status(), here.err());
        Outcome there = cli(with(LANES, "--cluster", workers.address(1), "--out", tmp.resolve("cluster").toString()));
        assertEquals(0, there.status(), there.err());
        assertTrue(there.err().contains("connected to 2 worker(s)"), "one address is enough to find every worker: " + there.err());
        assertSameFiles(tmp.resolve("here"), tmp.resolve("cluster"), "lanes.json", "lanes.html");
    }

    @Test
    void shouldCalibrateTheSameOnTwoWorkersAsOnOneMachine() throws IOException {
        String[] calibrate = {"calibrate", TransportTest.ROOT.resolve("scenarios/gb-plan-2019-2020.yaml").toString(), "--no-search",
            "--set", "population.scale=0.001"};
        Outcome here = cli(with(calibrate, "--threads", "2", "--out", tmp.resolve("here").toString()));
        assertEquals(0, here.status(), here.err());
        Outcome there = cli(with(calibrate, "--cluster", workers.addresses(), "--out", tmp.resolve("cluster").toString()));
        assertEquals(0, there.status(), there.err());
        assertTrue(there.out().contains("on the cluster at " + workers.addresses()), there.out());
        assertSameFiles(tmp.resolve("here"), tmp.resolve("cluster"), "calibration.json");
    }

    @Test
    void shouldRunTheSamePrecisionRoundsOnTwoWorkersAsOnOneMachine() throws IOException {
        String[] run = {"run", QUICKSTART.toString(), "--set", "population.scale=0.05", "--precision", "0.05", "--max-replications", "4",
            "--no-progress"};
        Outcome here = cli(with(run, "--threads", "2", "--out", tmp.resolve("here").toString()));
        assertEquals(0, here.status(), here.err());
        Outcome there = cli(with(run, "--cluster", workers.addresses(), "--out", tmp.resolve("cluster").toString()));
        assertEquals(0, there.status(), there.err() + there.out());
        assertTrue(there.out().contains("precision: "), there.out());
        // replication 0 keeps the series and runs here; the others ran on the workers
        assertSameFiles(tmp.resolve("here"), tmp.resolve("cluster"), "timeseries.csv", "latency.hlog", "report.html");
        ObjectMapper json = new ObjectMapper();
        ObjectNode a = (ObjectNode) json.readTree(tmp.resolve("here/summary.json").toFile());
        ObjectNode b = (ObjectNode) json.readTree(tmp.resolve("cluster/summary.json").toFile());
        a.remove("run"); // wall-clock time and threads: how it ran, not what
        b.remove("run");
        assertEquals(a, b, "summary.json but its run section");
        assertTrue(a.path("precision").path("replications").asInt() >= 2, a.path("precision").toString());
    }

    @Test
    void shouldFinishTheSameSweepWhenAWorkerIsKilledInTheMiddle() throws Exception {
        try (LocalWorkers doomed = new LocalWorkers()) {
            int victim = doomed.startJoining(workers.address(0), 2, 3);
            StringWriter err = new StringWriter();
            CompletableFuture<Integer> study = CompletableFuture.supplyAsync(() -> ClusterMain.execute(
                    with(SWEEP, "--cluster", workers.addresses(), "--out", tmp.resolve("cluster").toString()),
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!err.toString().contains("connected to 3 worker(s)") || !err.toString().contains("sweep: ")) {
                assertFalse(study.isDone(), "the sweep ended before the worker was killed: " + err);
                assertTrue(System.nanoTime() < deadline, err.toString());
                Thread.sleep(50);
            }
            doomed.kill(victim); // one task done: the victim, with two kernel threads, is running two
            assertEquals(0, study.get(180, TimeUnit.SECONDS), err.toString());
            assertTrue(err.toString().contains("runs again elsewhere"), "a task lost with the worker ran again: " + err);
        }
        Outcome here = cli(with(SWEEP, "--threads", "2", "--out", tmp.resolve("here").toString()));
        assertEquals(0, here.status(), here.err());
        assertSameFiles(tmp.resolve("here"), tmp.resolve("cluster"), "sweep.csv", "sweep.json", "sweep.html");
    }

    @Test
    void shouldStopTheRemoteTasksAndWriteWhatItHasOnSigterm() throws Exception {
        Path out = tmp.resolve("stopped");
        // full scale: each replication takes many seconds, so the stop comes in the middle of them
        Process study = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), ClusterMain.class.getName(), "sweep", QUICKSTART.toString(), "--param", "dsp.lanes=2,3",
                "--replications", "2", "--cluster", workers.addresses(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("study.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(tmp.resolve("study.txt")) || !Files.readString(tmp.resolve("study.txt")).contains("sweep of ")) {
            assertTrue(study.isAlive() && System.nanoTime() < deadline, "the study did not start: " + text(tmp.resolve("study.txt")));
            Thread.sleep(100);
        }
        Thread.sleep(3000);
        long stop = System.nanoTime();
        study.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the study on every worker and waits for its files
        assertTrue(study.waitFor(60, TimeUnit.SECONDS), "the study stopped: " + text(tmp.resolve("study.txt")));
        double seconds = (System.nanoTime() - stop) / 1e9;
        String said = text(tmp.resolve("study.txt"));
        JsonNode sweep = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        assertEquals("interrupted", sweep.path("status").asText(), said);
        assertEquals("interrupted", sweep.path("points").get(0).path("status").asText(), "stopped on its worker before the horizon: " + said);
        assertTrue(seconds < 30, "stopped in " + seconds + " s");
    }

    private static String text(Path f) throws IOException {
        return Files.exists(f) ? Files.readString(f) : "(nothing yet)";
    }

    @Test
    void shouldRejectABadOrUnreachableClusterAsBadInput() {
        Outcome bad = cli(with(SWEEP, "--cluster", "127.0.0.1:99999"));
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("--cluster 127.0.0.1:99999: '127.0.0.1:99999' has port '99999'; allowed: a port 1 to 65535"), bad.err());
        Outcome empty = cli(with(SWEEP, "--cluster", "127.0.0.1:5701,"));
        assertEquals(2, empty.status(), empty.err());
        assertTrue(empty.err().contains("an empty address"), empty.err());
        System.setProperty("stormsim.cluster.connectSeconds", "2");
        try {
            Outcome none = cli(with(SWEEP, "--cluster", "127.0.0.1:" + LocalWorkers.freePort()));
            assertEquals(2, none.status(), none.err());
            assertTrue(none.err().contains("no stormsim worker answered within 2 s"), none.err());
            assertFalse(none.err().contains("\tat "), "no stack trace: " + none.err());
        } finally {
            System.clearProperty("stormsim.cluster.connectSeconds");
        }
    }
}
