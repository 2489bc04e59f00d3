package org.stormsim.loops;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.HdrHistogram.Histogram;

/**
 * The M/M/1 queue written as one hand-written event loop over an {@link EventList}: a Poisson
 * source, one first-come-first-served server with exponential service, and each customer's time in
 * system (creation to departure) recorded into an HdrHistogram of microseconds with three
 * significant digits (auto-resizing, as stormsim's) plus its exact sum, for customers created at or
 * after the warm-up. Two events per customer: its arrival, which also schedules the next one, and
 * its service completion. Time is a {@code long} of microseconds and every exponential sample is
 * rounded to the nearest microsecond, as in stormsim; random numbers come from the JDK's
 * xoshiro256++ (one stream for interarrival times, one for service times) and its ziggurat
 * exponentials. Nothing else: no threads, no ring, no time averages, no time series, no files.
 * Single-threaded; one instance runs once.
 */
final class MM1Loop {
    /** The payload of the source's pending arrival; a service completion carries the customer's number. */
    static final int ARRIVAL = -1;
    private static final long SERVICE_STREAM = 0x9E3779B97F4A7C15L;

    private final MM1Workload workload;
    private final EventList events;
    private final RandomGenerator interarrival;
    private final RandomGenerator service;
    private final CustomerLine line = new CustomerLine(1024);
    private final Histogram timeInSystem = new Histogram(3);
    private final long warmup;
    private final double meanInterarrival;
    private final double meanService;
    private double sum;
    private long customers;
    private long departures;
    private long measured;

    MM1Loop(MM1Workload workload, EventList events) {
        this.workload = workload;
        this.events = events;
        this.interarrival = stream(workload.seed());
        this.service = stream(workload.seed() + SERVICE_STREAM);
        this.warmup = workload.warmupMicros();
        this.meanInterarrival = workload.meanInterarrivalMicros();
        this.meanService = workload.meanServiceMicros();
    }

    /** Runs from time 0 to the horizon (events at the horizon included) and returns what it saw. */
    MM1Result run() {
        final EventList list = events;
        final long horizon = workload.horizonMicros();
        long handled = 0;
        long start = System.nanoTime();
        list.schedule(sample(interarrival, meanInterarrival), ARRIVAL);
        while (!list.isEmpty() && list.peekTime() <= horizon) {
            long now = list.peekTime();
            int payload = list.poll();
            handled++;
            if (payload == ARRIVAL) {
                arrive(now);
            } else {
                depart(now, payload);
            }
        }
        long loopNanos = System.nanoTime() - start;
        return new MM1Result(workload, customers, departures, handled, line.size(), measured, sum,
                timeInSystem, loopNanos);
    }

    private void arrive(long now) {
        customers++;
        int customer = line.add(now);
        events.schedule(now + sample(interarrival, meanInterarrival), ARRIVAL);
        if (line.size() == 1) {
            events.schedule(now + sample(service, meanService), customer);
        }
    }

    private void depart(long now, int customer) {
        departures++;
        long createdAt = line.removeHead(customer);
        if (createdAt >= warmup) {
            long t = now - createdAt;
            timeInSystem.recordValue(t);
            sum += t;
            measured++;
        }
        if (line.size() > 0) {
            events.schedule(now + sample(service, meanService), line.head());
        }
    }

    /** An exponential sample of the given mean, rounded to the nearest microsecond. */
    private static long sample(RandomGenerator g, double meanMicros) {
        return (long) (meanMicros * g.nextExponential() + 0.5);
    }

    private static RandomGenerator stream(long seed) {
        return RandomGeneratorFactory.of("Xoshiro256PlusPlus").create(seed);
    }
}
