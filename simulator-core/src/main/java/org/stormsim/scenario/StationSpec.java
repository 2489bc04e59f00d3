package org.stormsim.scenario;

import org.stormsim.engine.Distribution;

/**
 * One station of a {@code kind: network} scenario, chosen by its {@code type}. Times are
 * simulated durations, rates per second; see docs/scenarios.md.
 */
@Discriminator("type")
public sealed interface StationSpec permits StationSpec.Source, StationSpec.Queue, StationSpec.Delay,
        StationSpec.TokenBucket, StationSpec.Sink {
    String id();

    /** Where customers go next; null for a sink. */
    Routing to();

    /** The fastest Poisson source: one arrival per microsecond on average, the clock's resolution. */
    double MAX_SOURCE_RATE = 1_000_000;

    /** Customers enter here: Poisson at {@code rate}, or with the given interarrival distribution. */
    @TypeName("source")
    record Source(@Doc("the station's unique id") String id,
                  @Optional @Doc("time between arrivals, e.g. exponential(1s); or give rate") Distribution interarrival,
                  @Optional @Doc("Poisson arrival rate, e.g. 0.9/s; or give interarrival") Rate rate,
                  @Doc("where arrivals go") Routing to) implements StationSpec, Validated, java.io.Serializable {
        @Override
        public void validate(Validation v) {
            v.check(interarrival == null || rate == null, "rate", "give either interarrival or rate, not both");
            v.check(interarrival != null || rate != null, "", "a source needs interarrival (a distribution) or rate (e.g. 0.9/s)");
            v.check(interarrival == null || interarrival.mean() > 0, "interarrival", "the mean time between arrivals must be more than zero");
            v.check(rate == null || rate.perSecond() <= MAX_SOURCE_RATE, "rate", "at most " + (long) MAX_SOURCE_RATE
                    + "/s: the clock counts whole microseconds, so faster arrivals would all fall at the same instant");
        }
    }

    /** A FIFO queue with {@code servers} servers and room for {@code capacity} customers in all. */
    @TypeName("queue")
    record Queue(@Doc("the station's unique id") String id,
                 @Default(value = "1", source = "A") @Range(min = 1, unit = "servers") @Doc("identical servers working in parallel, at least 1") int servers,
                 @Doc("service time distribution, e.g. exponential(1s)") Distribution service,
                 @Default(value = "unbounded", source = "A")
                 @Doc("most customers in the station (waiting + in service); arrivals beyond are lost") Capacity capacity,
                 @Doc("where customers go after service") Routing to) implements StationSpec, java.io.Serializable {
    }

    /** An infinite-server delay: every customer is held for its own delay. */
    @TypeName("delay")
    record Delay(@Doc("the station's unique id") String id,
                 @Doc("the delay distribution, e.g. lognormal(2s, 0.5s)") Distribution delay,
                 @Doc("where customers go after the delay") Routing to) implements StationSpec, java.io.Serializable {
    }

    /** A token bucket of {@code rate} tokens per second holding up to {@code burst} tokens. */
    @TypeName("tokenBucket")
    record TokenBucket(@Doc("the station's unique id") String id,
                       @Doc("tokens added per unit of time, e.g. 50/s") Rate rate,
                       @Default(value = "1", source = "A") @Range(min = 1, unit = "tokens")
                       @Doc("most tokens the bucket holds, at least 1; it starts full") int burst,
                       @Default(value = "reject", source = "A")
                       @Doc("what a customer finding no token does: reject (lost) or wait (queues FIFO)") OnEmpty onEmpty,
                       @Default(value = "unbounded", source = "A")
                       @Doc("with onEmpty: wait, most customers waiting; arrivals beyond are lost") Capacity capacity,
                       @Doc("where customers go with their token") Routing to) implements StationSpec, java.io.Serializable {
    }

    /** Customers leave the network here. */
    @TypeName("sink")
    record Sink(@Doc("the station's unique id") String id) implements StationSpec, java.io.Serializable {
        @Override
        public Routing to() {
            return null;
        }
    }

    /** What a token bucket does with a customer that finds it empty. */
    enum OnEmpty { REJECT, WAIT }
}
