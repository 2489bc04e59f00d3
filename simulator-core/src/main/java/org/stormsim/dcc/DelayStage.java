package org.stormsim.dcc;

import org.stormsim.engine.Distribution;
import org.stormsim.engine.RandomStream;

/**
 * A pure latency (infinite servers): each message is held for the sum of one draw from each of
 * the stage's distributions (e.g. CSP transit plus DSP ingest), from the stage's own stream.
 */
final class DelayStage extends Stage {
    private final Distribution[] delays;
    private final RandomStream rng;

    DelayStage(int index, String id, DccModel model, RandomStream rng, Distribution... delays) {
        super(index, id, model);
        this.delays = delays;
        this.rng = rng;
    }

    @Override
    void arrive(int m) {
        long now = model.kernel.now();
        countArrival(now);
        content.add(now, 1);
        long d = 0;
        for (Distribution x : delays) {
            d += x.sample(rng);
        }
        model.kernel.scheduleAfter(d, m);
    }

    @Override
    void onEvent(int m) {
        long now = model.kernel.now();
        content.add(now, -1);
        countDone(now);
        model.advance(m);
    }
}
