package org.stormsim.loops;

/**
 * The M/M/1 reference loop over a hand-written primitive binary heap ({@link PrimitiveBinaryHeap}):
 * {@code java -cp benchmarks/target/stormsim-loops.jar org.stormsim.loops.PrimitiveHeapLoop
 * [--unit s|ms] [--customers N] [--seed S]}. Exits 0 when its self-check passes, 1 when it fails,
 * 2 for bad arguments.
 */
public final class PrimitiveHeapLoop {
    private PrimitiveHeapLoop() {
    }

    public static void main(String[] args) {
        System.exit(LoopCommand.run("primitive-heap loop", () -> new PrimitiveBinaryHeap(16), args,
                System.out, System.err));
    }
}
