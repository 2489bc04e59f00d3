package org.stormsim.loops;

/**
 * The unit in which the M/M/1 workload is expressed: its mean service time is one unit and its
 * arrival rate 0.9 per unit. {@link #SECOND} is {@code scenarios/benchmarks/mm1-10m-s.yaml} (rate
 * 0.9/s, exponential(1s), 11.1 million simulated seconds), {@link #MILLISECOND} is
 * {@code scenarios/benchmarks/mm1-10m.yaml} (rate 900/s, exponential(1ms), 11,112 simulated
 * seconds). The queue is the same; only the length of simulated time differs, which matters to
 * whatever is done per interval of simulated time (stormsim's time series). Clocks count
 * microseconds in both, as stormsim's does.
 */
public enum ModelTimeUnit {
    SECOND("s", 1_000_000L),
    MILLISECOND("ms", 1_000L);

    private final String symbol;
    private final long micros;

    ModelTimeUnit(String symbol, long micros) {
        this.symbol = symbol;
        this.micros = micros;
    }

    /** The unit's symbol as a scenario file writes it: {@code s} or {@code ms}. */
    public String symbol() {
        return symbol;
    }

    /** Microseconds in one unit. */
    public long micros() {
        return micros;
    }

    /** The unit named {@code s} or {@code ms}; anything else is bad input. */
    public static ModelTimeUnit of(String symbol) {
        for (ModelTimeUnit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("--unit " + symbol + ": allowed: s or ms");
    }
}
