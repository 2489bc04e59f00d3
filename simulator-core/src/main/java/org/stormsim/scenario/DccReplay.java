package org.stormsim.scenario;

/**
 * A trace of observed alert volumes ({@code intervalStart,region,alertCode,count}) replayed as
 * Poisson arrivals within each interval, alone ({@code only}: the cohorts' own alert processes are
 * off) or on top of them ({@code add}). The path is relative to the scenario file.
 */
public record DccReplay(@Doc("the CSV file, relative to the scenario file") String file,
                        @Default(value = "add") @Doc("add (on top of the cohorts' alerts) or only (the trace alone)") ReplayMode mode,
                        @Default(value = "1h") @Doc("the length of each interval in the file, more than zero") SimDuration interval,
                        @Loaded Trace trace) implements Validated, java.io.Serializable {
    @Override
    public void validate(Validation v) {
        v.check(!file.isBlank(), "file", "allowed: the path of a CSV trace, relative to the scenario file");
        v.check(interval.micros() > 0, "interval", "allowed: an interval more than zero, e.g. 1h");
    }

    /** The same replay with its trace read. */
    public DccReplay withTrace(Trace read) {
        return new DccReplay(file, mode, interval, read);
    }

    /** Whether the trace adds to the cohorts' alerts or replaces them. */
    public enum ReplayMode { ADD, ONLY }
}
