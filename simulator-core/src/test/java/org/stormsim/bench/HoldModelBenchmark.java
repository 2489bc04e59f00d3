package org.stormsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.stormsim.engine.EventQueue;
import org.stormsim.engine.LadderQueue;

/**
 * The hold model (pop the earliest event, push it back at now + exponential) with 10^3, 10^4, 10^5 and
 * 10^6 pending events, over stormsim's two event lists, {@link org.stormsim.engine.EventQueue} (a
 * 4-ary heap) and {@link org.stormsim.engine.LadderQueue}, and, as the baseline measured in the same
 * run, over {@link java.util.PriorityQueue}. Scores are holds per second
 * (one hold = one event handled). Each invocation checks that time never went backwards; each
 * iteration checks that the number of pending events did not change.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HoldModelBenchmark {
    /** Holds per benchmark invocation: enough to make the call overhead negligible. */
    static final int HOLDS = 10_000;

    /** The hold model over EventQueue. */
    @State(Scope.Thread)
    public static class EventQueueState {
        @Param({"1000", "10000", "100000", "1000000"})
        public int pending;
        HoldModel model;

        @Setup(Level.Trial)
        public void fill() {
            model = new EventListHold(new EventQueue(pending), pending);
        }

        @TearDown(Level.Iteration)
        public void check() {
            checkPending(model, pending);
        }
    }

    /** The hold model over LadderQueue. */
    @State(Scope.Thread)
    public static class LadderQueueState {
        @Param({"1000", "10000", "100000", "1000000"})
        public int pending;
        HoldModel model;

        @Setup(Level.Trial)
        public void fill() {
            model = new EventListHold(new LadderQueue(pending), pending);
        }

        @TearDown(Level.Iteration)
        public void check() {
            checkPending(model, pending);
        }
    }

    /** The hold model over java.util.PriorityQueue. */
    @State(Scope.Thread)
    public static class PriorityQueueState {
        @Param({"1000", "10000", "100000", "1000000"})
        public int pending;
        HoldModel model;

        @Setup(Level.Trial)
        public void fill() {
            model = new PriorityQueueHold(pending);
        }

        @TearDown(Level.Iteration)
        public void check() {
            checkPending(model, pending);
        }
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public void eventQueue(EventQueueState s) {
        s.model.hold(HOLDS);
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public void ladderQueue(LadderQueueState s) {
        s.model.hold(HOLDS);
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public void priorityQueueBaseline(PriorityQueueState s) {
        s.model.hold(HOLDS);
    }

    static void checkPending(HoldModel model, int expected) {
        if (model.pending() != expected) {
            throw new IllegalStateException("hold model lost events: " + model.pending() + " pending, expected " + expected);
        }
    }
}
