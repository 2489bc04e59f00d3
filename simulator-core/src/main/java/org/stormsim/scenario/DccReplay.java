package org.stormsim.scenario;

/**
 * A trace of observed alerts replayed as arrivals, alone ({@code only}: the cohorts' own alert
 * processes are off) or on top of them ({@code add}). The path is relative to the scenario file; the
 * file's header says its shape ({@link Trace}): volumes per region ({@code intervalStart,region,
 * alertCode,count}: Poisson arrivals at the observed rate, each from a hub of the region drawn
 * uniformly), volumes per device combination ({@code intervalStart,region,alertCode,combination,
 * devices,count[,skew][,deviceType]}: exactly the count in each interval, raised by that many of the
 * combination's devices with Zipf shares) or the DCC's monthly alert report ({@code month,region,
 * alertCode,combination,devices,volume[,skew][,deviceType]}: a month's volume spread over its days
 * evenly and over each day's hours by {@code profile}).
 */
public record DccReplay(@Doc("the CSV file, relative to the scenario file") String file,
                        @Default(value = "add") @Doc("add (on top of the cohorts' alerts) or only (the trace alone)") ReplayMode mode,
                        @Default(value = "1h")
                        @Doc("the length of each interval of an intervalStart trace, more than zero (a monthly report's rows are months)") SimDuration interval,
                        @Default(value = "flat")
                        @Doc("a monthly report's daily profile: how each day's share of a month's volume is spread over its hours (flat, domestic, or 24 "
                                + "hourly weights)") DailyProfile profile,
                        @Loaded Trace trace) implements Validated, java.io.Serializable {
    @Override
    public void validate(Validation v) {
        v.check(!file.isBlank(), "file", "allowed: the path of a CSV trace, relative to the scenario file");
        v.check(interval.micros() > 0, "interval", "allowed: an interval more than zero, e.g. 1h");
    }

    /** The same replay with its trace read. */
    public DccReplay withTrace(Trace read) {
        return new DccReplay(file, mode, interval, profile, read);
    }

    /** Whether the trace adds to the cohorts' alerts or replaces them. */
    public enum ReplayMode { ADD, ONLY }
}
