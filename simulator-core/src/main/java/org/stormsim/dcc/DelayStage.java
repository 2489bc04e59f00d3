package org.stormsim.dcc;

import org.stormsim.engine.Distribution;
import org.stormsim.engine.Kernel;
import org.stormsim.engine.RandomStream;

/**
 * A pure latency (infinite servers): each message is held for the sum of one draw from each of
 * the stage's distributions (e.g. CSP transit plus DSP ingest), from the stage's own stream.
 */
final class DelayStage extends Stage {
    private final Distribution[] delays;
    private final RandomStream rng;

    DelayStage(int index, String id, Kernel kernel, Messages msgs, long warmup, RandomStream rng, Distribution... delays) {
        super(index, id, kernel, msgs, warmup);
        this.delays = delays;
        this.rng = rng;
    }

    @Override
    boolean arrive(int m) {
        long now = kernel.now();
        countArrival(now);
        content.add(now, 1);
        long d = 0;
        for (Distribution x : delays) {
            d += x.sample(rng);
        }
        kernel.scheduleAfter(d, m);
        return true;
    }

    @Override
    void depart(int m) {
        long now = kernel.now();
        content.add(now, -1);
        countDone(now);
    }
}
