package org.stormsim.stations;

/**
 * A token bucket of {@code rate} tokens per second holding at most {@code burst} tokens, full at
 * the start. Each customer takes one token. With {@code onEmpty: reject} a customer that finds no
 * token is lost; with {@code wait} it queues (FIFO, up to {@code capacity}) until a token comes.
 *
 * <p>Implemented as the equivalent generic cell rate algorithm: the theoretical arrival time
 * {@code tat} advances by the emission interval {@code 1/rate} per token taken, and a customer
 * conforms when {@code now >= tat - (burst - 1)/rate}. {@code tat} is a double in microseconds;
 * the release of a waiting customer is scheduled at the next whole microsecond.
 */
final class TokenBucketStation extends Station {
    private final double emissionMicros;
    private final double toleranceMicros;
    private final boolean waitWhenEmpty;
    private final long capacity;
    private double tat;
    private long tokensAfterWarmup;
    private CustomerFifo waiting;
    private TimeAverage waitingAverage;

    TokenBucketStation(int index, String id, double ratePerSecond, int burst, boolean waitWhenEmpty, long capacity) {
        super(index, id);
        this.emissionMicros = 1_000_000.0 / ratePerSecond;
        this.toleranceMicros = (burst - 1) * emissionMicros;
        this.waitWhenEmpty = waitWhenEmpty;
        this.capacity = capacity;
    }

    @Override
    void attach(Network network) {
        super.attach(network);
        waiting = new CustomerFifo(pool);
        waitingAverage = new TimeAverage(network.warmup);
    }

    @Override
    void arrive(int c) {
        countArrival();
        long now = net.kernel.now();
        if (waiting.isEmpty() && now >= tat - toleranceMicros) {
            pass(c, now);
        } else if (!waitWhenEmpty || content.value() >= capacity) {
            lose(c);
        } else {
            content.add(now, 1);
            waitingAverage.add(now, 1);
            waiting.add(c);
            if (waiting.size() == 1) {
                scheduleRelease(c);
            }
        }
    }

    /** The head of the line gets its token. */
    @Override
    void onEvent(int c) {
        long now = net.kernel.now();
        waiting.remove();
        content.add(now, -1);
        waitingAverage.add(now, -1);
        if (!waiting.isEmpty()) {
            // the next customer's token comes one emission interval after this one's
            scheduleRelease(waiting.peek(), Math.max(now, tat) + emissionMicros);
        }
        pass(c, now);
    }

    private void pass(int c, long now) {
        tat = Math.max(now, tat) + emissionMicros;
        if (now >= net.warmup) {
            tokensAfterWarmup++;
        }
        pool.serviceStart[c] = now;
        net.ring.record(NetworkOutcome.DEPARTED, index, 0, pool.arrivedAt[c], now, now);
        net.forward(c, index);
    }

    private void scheduleRelease(int c) {
        scheduleRelease(c, tat);
    }

    private void scheduleRelease(int c, double tatAfter) {
        long at = (long) Math.ceil(tatAfter - toleranceMicros);
        net.kernel.schedule(Math.max(at, net.kernel.now()), c);
    }

    @Override
    StationState state(long end) {
        double span = end - net.warmup;
        double offered = span / emissionMicros;
        return new StationState(id, arrivalsAfterWarmup, arrivalsAll, content.mean(end), content.max(end),
                content.value(), waitingAverage.mean(end), waitingAverage.max(end),
                offered > 0 ? tokensAfterWarmup / offered : 0.0);
    }
}
