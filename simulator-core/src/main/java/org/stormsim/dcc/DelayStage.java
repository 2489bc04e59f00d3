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
    private final boolean marksDsp;

    DelayStage(int index, String id, Kernel kernel, Messages msgs, long warmup, RandomStream rng, Distribution... delays) {
        this(index, id, kernel, msgs, warmup, rng, false, delays);
    }

    /**
     * A stage that, with {@code marksDsp}, also notes when an alert's first delay has passed as its
     * receipt by the DSP (the CSP's transit over, the DSP's ingest latency to come): a point, not an event.
     */
    DelayStage(int index, String id, Kernel kernel, Messages msgs, long warmup, RandomStream rng, boolean marksDsp, Distribution... delays) {
        super(index, id, kernel, msgs, warmup);
        this.delays = delays;
        this.rng = rng;
        this.marksDsp = marksDsp;
    }

    @Override
    boolean arrive(int m) {
        long now = kernel.now();
        countArrival(now);
        content.add(now, 1);
        long d = 0;
        for (int i = 0; i < delays.length; i++) {
            d += delays[i].sample(rng);
            if (i == 0 && marksDsp) {
                msgs.dspAt(m, now + d);
            }
        }
        kernel.scheduleAfter(d, m);
        return true;
    }

    @Override
    boolean depart(int m) {
        long now = kernel.now();
        content.add(now, -1);
        countDone(now);
        return true;
    }
}
