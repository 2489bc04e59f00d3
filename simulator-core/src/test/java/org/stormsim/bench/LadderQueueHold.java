package org.stormsim.bench;

import org.stormsim.engine.LadderQueue;
import org.stormsim.engine.RandomStream;

/** The hold model over stormsim's {@link LadderQueue}. Single-threaded. */
final class LadderQueueHold implements HoldModel {
    private final LadderQueue queue;
    private final RandomStream rng = new RandomStream(SEED);
    private long now;

    LadderQueueHold(int pending) {
        queue = new LadderQueue(pending);
        for (int i = 0; i < pending; i++) {
            queue.schedule(increment(), i);
        }
    }

    @Override
    public void hold(int holds) {
        final LadderQueue q = queue;
        long t = now;
        for (int i = 0; i < holds; i++) {
            long next = q.peekTime();
            if (next < t) {
                throw new IllegalStateException("time went backwards: " + next + " after " + t);
            }
            t = next;
            int payload = q.poll();
            q.schedule(t + increment(), payload);
        }
        now = t;
    }

    @Override
    public int pending() {
        return queue.size();
    }

    private long increment() {
        return (long) (MEAN_INCREMENT * rng.nextExponential() + 0.5);
    }
}
