package org.stormsim.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Worker processes for the tests: each {@code stormsim worker} in a JVM of its own on the loopback
 * interface, started from the test's class path, its output kept. Stopped by the test that started
 * them.
 */
final class LocalWorkers implements AutoCloseable {
    private final List<Process> processes = new ArrayList<>();
    private final List<List<String>> output = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    /** Starts a worker with {@code threads} kernel threads joining those started before; returns its index once it has joined them. */
    int start(int threads) throws IOException, InterruptedException {
        return start(threads, ports.isEmpty() ? null : addresses(), (int) processes.stream().filter(Process::isAlive).count() + 1);
    }

    /** Starts a worker joining the cluster at {@code join}; returns its index once the cluster has {@code expected} workers. */
    int startJoining(String join, int threads, int expected) throws IOException, InterruptedException {
        return start(threads, join, expected);
    }

    private int start(int threads, String join, int expected) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), ClusterMain.class.getName(), "worker",
                "--port", String.valueOf(port), "--threads", String.valueOf(threads)));
        if (join != null) {
            cmd.add("--join");
            cmd.add(join);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(p, lines), "worker-output-" + port);
        reader.setDaemon(true);
        reader.start();
        processes.add(p);
        output.add(lines);
        ports.add(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.stream().noneMatch(l -> l.contains("listening on") && l.contains(expected + " worker(s)"))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the worker on port " + port + " did not join: " + lines);
            }
            Thread.sleep(100);
        }
        return processes.size() - 1;
    }

    /** The addresses of every worker started, for {@code --cluster}. */
    String addresses() {
        return String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
    }

    /** The address of worker {@code i}. */
    String address(int i) {
        return "127.0.0.1:" + ports.get(i);
    }

    /** Kills worker {@code i} at once, as a crash would (SIGKILL). */
    void kill(int i) throws InterruptedException {
        processes.get(i).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    List<String> output(int i) {
        return output.get(i);
    }

    /** Stops every worker (SIGTERM: each leaves the cluster), killing any that has not stopped within 20 s. */
    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        try {
            for (Process p : processes) {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            processes.forEach(Process::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static void read(Process p, List<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        } catch (IOException e) {
            lines.add("(output lost: " + e.getMessage() + ")");
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
