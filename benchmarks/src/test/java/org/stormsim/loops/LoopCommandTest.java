package org.stormsim.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoopCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LoopCommand.run("test loop", () -> new PrimitiveBinaryHeap(16), args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldMatchTheScenarioFilesByDefault() {
        MM1Workload w = LoopCommand.parse(new String[0]);
        assertEquals(ModelTimeUnit.SECOND, w.unit());
        assertEquals(11_112_000, w.horizonUnits());
        assertEquals(100_000, w.warmupUnits());
        assertEquals(20240601L, w.seed());
        assertEquals(11_112_000_000L, LoopCommand.parse(new String[] {"--unit", "ms"}).horizonMicros());
        assertEquals(10_000.0, LoopCommand.parse(new String[] {"--unit", "ms"}).theoreticalMeanTimeInSystemMicros(), 1e-9);
    }

    @Test
    void shouldPrintItsResultAndExitZeroWhenTheSelfCheckPasses() {
        assertEquals(0, run("--unit", "ms", "--customers", "100000"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("horizon 111120 ms, warm-up 1000 ms"), text);
        assertTrue(text.endsWith("self-check: passed" + System.lineSeparator()), text);
    }

    @Test
    void shouldExitTwoWithoutRunningOnBadArguments() {
        assertEquals(2, run("--unit", "h"));
        assertEquals(2, run("--customers", "12345"));
        assertEquals(2, run("--customers"));
        assertEquals(2, run("--events", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--unit h: allowed: s or ms"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
