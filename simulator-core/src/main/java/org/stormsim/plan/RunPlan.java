package org.stormsim.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.stormsim.experiment.Experiment;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.SimDuration;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricPath;

/**
 * How one scenario is run, the same way by {@code stormsim run}, a sweep's points, lane sizing's
 * trials and the CI baselines: a pilot of {@value WarmupDetection#PILOT_REPLICATIONS} replications
 * with no warm-up when it is {@code auto} (MSER-5 resolves it); then the scenario's replications, or
 * with {@link Precision} rounds of them until the precision is met; then, when asked and the kind
 * has one, the counterfactual run (the same replications of the scenario run otherwise). Every phase
 * is a batch of replication tasks, each depending only on its scenario and replication number, so
 * plans of many scenarios run their phases together in one batch ({@link #runAll}) and the results
 * never depend on the threads. A plan is driven by one thread.
 *
 * @param <C> what is kept of one replication
 */
public final class RunPlan<C extends ReplicationOutcome> {
    /**
     * How to run: replication 0 keeps its time series in intervals of {@code seriesInterval}
     * microseconds (0: none); {@code precision} null for the scenario's replications; whether to run
     * the counterfactual when the kind has one.
     */
    public record Options(long seriesInterval, Precision precision, boolean counterfactual) {
        /** The scenario's replications, no series, no counterfactual: what a study runs at each point. */
        public static Options study() {
            return new Options(0, null, false);
        }
    }

    /** The phases of a plan. */
    public enum Phase { PILOT, MAIN, COUNTERFACTUAL, DONE }

    /** Hears each task as it ends (from kernel threads): which plan of a {@link #runAll} and in which phase. */
    @FunctionalInterface
    public interface TaskListener {
        void done(int plan, Phase phase);
    }

    private final Options options;
    private final Consumer<String> lines;
    private Kind<C> kind;
    private Phase phase;
    private final List<C> main = new ArrayList<>();
    private List<C> counterfactual;
    private Kind.Counterfactual<C> alternative;
    private WarmupDetection detected;
    private Precision.Round round;
    private int target;
    private double wallSeconds;
    private int threads = 1;

    private RunPlan(Kind<C> kind, Options options, Consumer<String> lines) {
        this.kind = kind;
        this.options = options;
        this.lines = lines;
        this.phase = kind.scenario().warmup().auto() ? Phase.PILOT : Phase.MAIN;
        this.target = options.precision() == null ? kind.scenario().replications()
                : options.precision().firstRound(kind.scenario().replications());
    }

    /** The plan of {@code scenario}; {@code lines} hears what it has to say (the warm-up found, each precision round). */
    public static RunPlan<?> of(Scenario scenario, Options options, Consumer<String> lines) {
        return of(Kinds.of(scenario), options, lines);
    }

    private static <C extends ReplicationOutcome> RunPlan<C> of(Kind<C> kind, Options options, Consumer<String> lines) {
        return new RunPlan<>(kind, options, lines);
    }

    /** Runs every phase on {@code experiment} and returns what the plan ran. */
    public PlannedRun<C> runOn(Experiment experiment) {
        runAll(List.of(this), experiment, (p, ph) -> { });
        return result();
    }

    /**
     * Runs every plan to its end on {@code experiment}, the phase now of every unfinished plan in one
     * batch at a time (so a sweep's points run together), telling {@code listener} as tasks end.
     */
    public static void runAll(List<? extends RunPlan<?>> plans, Experiment experiment, TaskListener listener) {
        while (true) {
            List<RunPlan<?>.Step> steps = new ArrayList<>();
            for (int p = 0; p < plans.size(); p++) {
                RunPlan<?>.Step s = plans.get(p).step(p, experiment::stopped);
                if (s != null) {
                    steps.add(s);
                }
            }
            if (steps.isEmpty()) {
                return;
            }
            List<ReplicationTask<?>> batch = new ArrayList<>();
            List<RunPlan<?>.Step> stepOf = new ArrayList<>();
            for (RunPlan<?>.Step s : steps) {
                batch.addAll(s.tasks);
                s.tasks.forEach(t -> stepOf.add(s));
            }
            long start = System.nanoTime();
            List<Object> results = experiment.run(batch, i -> listener.done(stepOf.get(i).plan, stepOf.get(i).of));
            double wall = (System.nanoTime() - start) / 1e9;
            int used = experiment.threadsFor(batch.size());
            int from = 0;
            for (RunPlan<?>.Step s : steps) {
                s.deliver(results.subList(from, from + s.tasks.size()), wall, used, experiment::stopped);
                from += s.tasks.size();
            }
        }
    }

    /** The phase the plan is in. */
    public Phase phase() {
        return phase;
    }

    /** What the plan ran, once it is done. */
    public PlannedRun<C> result() {
        if (phase != Phase.DONE) {
            throw new IllegalStateException("the plan has not run to its end: " + phase);
        }
        Precision.Result p = options.precision() == null ? null
                : new Precision.Result(main.size(), round.estimates(), round.reached(), options.precision().relative(),
                        options.precision().cap());
        return new PlannedRun<>(kind, List.copyOf(main), counterfactual == null ? null : List.copyOf(counterfactual), detected, p,
                wallSeconds, threads);
    }

    /** The tasks of the phase now, or null when the plan is done. */
    Step step(int index, BooleanSupplier stopped) {
        List<ReplicationTask<C>> tasks = new ArrayList<>();
        switch (phase) {
            case PILOT -> {
                Kind<C> pilot = kind.withWarmup(SimDuration.ofMicros(0));
                int n = Math.min(WarmupDetection.PILOT_REPLICATIONS, kind.scenario().replications());
                for (int i = 0; i < n; i++) {
                    tasks.add(pilot.task(i, 0));
                }
            }
            case MAIN -> {
                for (int i = main.size(); i < target; i++) {
                    tasks.add(kind.task(i, i == 0 ? options.seriesInterval() : 0));
                }
            }
            case COUNTERFACTUAL -> {
                for (int i = 0; i < main.size(); i++) {
                    tasks.add(alternative.kind().task(i, 0));
                }
            }
            default -> {
                return null;
            }
        }
        return new Step(index, phase, tasks);
    }

    /** The results of the phase now, in task order. */
    private void accept(Phase of, List<C> results, double wall, int used, BooleanSupplier stopped) {
        switch (of) {
            case PILOT -> {
                detected = WarmupDetection.of(results);
                lines.accept(detected.describe());
                kind = kind.withWarmup(detected.warmup());
                phase = Phase.MAIN;
            }
            case MAIN -> {
                main.addAll(results);
                wallSeconds += wall;
                threads = Math.max(threads, used);
                if (!moreRounds(stopped)) {
                    afterMain();
                }
            }
            case COUNTERFACTUAL -> {
                counterfactual = results.stream().allMatch(ReplicationOutcome::completed) ? results : null; // no partial counterfactual
                phase = Phase.DONE;
            }
            default -> throw new IllegalStateException("no results expected when done");
        }
    }

    /** With {@code --precision}: whether another round is needed (and its size set), after printing this round. */
    private boolean moreRounds(BooleanSupplier stopped) {
        Precision precision = options.precision();
        if (precision == null) {
            return false;
        }
        List<MetricPath> chosen = precision.metrics().isEmpty() ? kind.precisionMetrics() : precision.metrics();
        List<Figures> figures = new ArrayList<>();
        main.forEach(r -> figures.add(kind.figures(r)));
        round = precision.evaluate(figures, chosen);
        lines.accept(precision.describe(round));
        boolean completed = main.stream().allMatch(ReplicationOutcome::completed);
        if (round.reached() || main.size() >= precision.cap() || !completed || stopped.getAsBoolean()) {
            return false;
        }
        target = precision.nextCount(main.size(), round.worst());
        return true;
    }

    private void afterMain() {
        boolean completed = main.stream().allMatch(ReplicationOutcome::completed);
        alternative = options.counterfactual() && completed ? kind.counterfactual() : null;
        if (alternative != null) {
            lines.accept(alternative.description());
            phase = Phase.COUNTERFACTUAL;
        } else {
            phase = Phase.DONE;
        }
    }

    /** One phase's tasks of this plan within a batch. */
    final class Step {
        private final int plan;
        private final Phase of;
        private final List<ReplicationTask<C>> tasks;

        Step(int plan, Phase of, List<ReplicationTask<C>> tasks) {
            this.plan = plan;
            this.of = of;
            this.tasks = tasks;
        }

        /** Takes this step's results, in task order, from the batch's. */
        @SuppressWarnings("unchecked") // the batch's results at this step's places are what this step's tasks returned
        void deliver(List<Object> results, double wall, int used, BooleanSupplier stopped) {
            List<C> out = new ArrayList<>();
            for (Object r : results) {
                out.add((C) r);
            }
            accept(of, out, wall, used, stopped);
        }
    }
}
