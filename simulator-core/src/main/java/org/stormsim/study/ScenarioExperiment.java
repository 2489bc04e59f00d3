package org.stormsim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.stormsim.experiment.DccExperiment;
import org.stormsim.experiment.NetworkExperiment;
import org.stormsim.experiment.RunProgress;
import org.stormsim.metrics.SliceSeries;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.SimDuration;
import org.stormsim.scenario.Warmup;

/**
 * A loaded scenario of either kind (with its replay trace, if any) run as experiments over ranges of
 * replications on up to {@code threads} kernel threads. Replication r always uses the r-th substreams,
 * so ranges run one after another give the same replications as one run of them all, on any number
 * of threads. With {@link #withSeries} replication 0 also keeps its time series (not the warm-up
 * pilot's). {@link #requestStop()} may be called from any thread (Ctrl-C).
 */
public final class ScenarioExperiment {
    /** Replications of the pilot run that detects {@code warmup: auto}. */
    public static final int PILOT_REPLICATIONS = 5;

    private final Object scenario;
    private final int threads;
    private final long seriesInterval;
    /** The stop state, shared with every experiment made from this one (the pilot, the resolved run, each round). */
    private final Stop stop;
    /**
     * The progress of the range running now (the pilot, a round of --precision, or all replications),
     * shared with the experiments made {@link #with} this one, so that watching this one sees them all.
     */
    private final AtomicReference<Supplier<RunProgress>> current;

    public ScenarioExperiment(Object scenario, int threads) {
        this(scenario, threads, 0, new AtomicReference<>(() -> new RunProgress(0, 0, 0)), new Stop());
    }

    private ScenarioExperiment(Object scenario, int threads, long seriesInterval,
                               AtomicReference<Supplier<RunProgress>> current, Stop stop) {
        if (!(scenario instanceof DccScenario) && !(scenario instanceof NetworkScenario)) {
            throw new IllegalArgumentException("not a scenario: " + scenario);
        }
        this.scenario = scenario;
        this.threads = Math.max(1, threads);
        this.seriesInterval = seriesInterval;
        this.current = current;
        this.stop = stop;
    }

    /** The same experiment, replication 0 keeping its time series in intervals of {@code interval} microseconds (0: none). */
    public ScenarioExperiment withSeries(long interval) {
        return new ScenarioExperiment(scenario, threads, interval, current, stop);
    }

    public Object scenario() {
        return scenario;
    }

    public int replications() {
        return scenario instanceof DccScenario d ? d.replications() : ((NetworkScenario) scenario).replications();
    }

    public Warmup warmup() {
        return scenario instanceof DccScenario d ? d.warmup() : ((NetworkScenario) scenario).warmup();
    }

    public boolean stopped() {
        return stop.stopped;
    }

    /** Runs replications {@code from} (inclusive) to {@code to} (exclusive). */
    public Runs run(int from, int to) {
        if (scenario instanceof DccScenario d) {
            DccExperiment e = new DccExperiment(d, threads, seriesInterval);
            Runnable s = e::requestStop;
            stop.register(s);
            current.set(e::progress);
            try {
                return new Runs.Dcc(e.run(from, to));
            } finally {
                stop.unregister(s);
            }
        }
        NetworkExperiment e = new NetworkExperiment((NetworkScenario) scenario, threads, seriesInterval);
        Runnable s = e::requestStop;
        stop.register(s);
        current.set(e::progress);
        try {
            return new Runs.Network(e.run(from, to));
        } finally {
            stop.unregister(s);
        }
    }

    /** The same experiment of another scenario (a resolved warm-up, fewer replications). */
    public ScenarioExperiment with(Object other) {
        return new ScenarioExperiment(other, threads, seriesInterval, current, stop);
    }

    /**
     * For {@code warmup: auto}: a pilot of up to {@link #PILOT_REPLICATIONS} replications with no
     * warm-up, MSER-5 on each quantity's series, and the largest truncation found.
     */
    public WarmupDetection detectWarmup() {
        int pilot = Math.min(PILOT_REPLICATIONS, replications());
        Object noWarmup = scenario instanceof DccScenario d ? d.withWarmup(SimDuration.ofMicros(0))
                : ((NetworkScenario) scenario).withWarmup(SimDuration.ofMicros(0));
        Runs runs = with(noWarmup).withSeries(0).run(0, pilot);
        List<WarmupDetection.Quantity> quantities = new ArrayList<>();
        for (Map.Entry<String, List<SliceSeries>> e : runs.warmupSeries().entrySet()) {
            quantities.add(new WarmupDetection.Quantity(e.getKey(), Mser.detect(e.getValue())));
        }
        return new WarmupDetection(pilot, quantities);
    }

    /** The scenario with {@code warmup} in place of {@code auto}. */
    public ScenarioExperiment resolved(SimDuration warmup) {
        return with(scenario instanceof DccScenario d ? d.withWarmup(warmup) : ((NetworkScenario) scenario).withWarmup(warmup));
    }

    /**
     * How far the range running now has got (callable from any thread). The pilot of
     * {@code warmup: auto} and each round of {@code --precision} start again from zero.
     */
    public RunProgress progress() {
        return current.get().get();
    }

    /** Stops what runs now and anything this experiment or one made from it runs later (from any thread). */
    public void requestStop() {
        stop.request();
    }

    /** A stop request and the experiments running now, shared by an experiment and those made from it. */
    private static final class Stop {
        private final List<Runnable> running = new ArrayList<>();
        private volatile boolean stopped;

        synchronized void request() {
            stopped = true;
            running.forEach(Runnable::run);
        }

        synchronized void register(Runnable s) {
            running.add(s);
            if (stopped) {
                s.run();
            }
        }

        synchronized void unregister(Runnable s) {
            running.remove(s);
        }
    }
}
