package org.stormsim.loops;

/**
 * The M/M/1 reference loop over {@link java.util.PriorityQueue} of reused event objects
 * ({@link PriorityQueueEventList}): {@code java -cp benchmarks/target/stormsim-loops.jar
 * org.stormsim.loops.PriorityQueueLoop [--unit s|ms] [--customers N] [--seed S]}. Exits 0 when its
 * self-check passes, 1 when it fails, 2 for bad arguments.
 */
public final class PriorityQueueLoop {
    private PriorityQueueLoop() {
    }

    public static void main(String[] args) {
        System.exit(LoopCommand.run("PriorityQueue loop", () -> new PriorityQueueEventList(16), args,
                System.out, System.err));
    }
}
