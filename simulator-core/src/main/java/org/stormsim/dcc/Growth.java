package org.stormsim.dcc;

import java.util.List;
import org.stormsim.scenario.DccEvent;

/**
 * The scenario's growth curves multiplied together: the factor on alert rates at a time, and the
 * next time it changes (a rate source redraws its next arrival there); the cost model before a run
 * reads it too. Immutable.
 */
public final class Growth {
    private final DccEvent.Growth[] curves;

    public Growth(List<DccEvent> events) {
        this.curves = events.stream().filter(e -> e instanceof DccEvent.Growth).toArray(DccEvent.Growth[]::new);
    }

    /** The product of every curve's factor at {@code t} (microseconds). */
    public double factorAt(long t) {
        double f = 1.0;
        for (DccEvent.Growth g : curves) {
            f *= g.factorAt(t);
        }
        return f;
    }

    /** The next time after {@code t} at which a factor changes, or {@link PoissonSource#NEVER}. */
    long nextChange(long t) {
        long next = PoissonSource.NEVER;
        for (DccEvent.Growth g : curves) {
            next = Math.min(next, g.nextChange(t));
        }
        return next;
    }
}
