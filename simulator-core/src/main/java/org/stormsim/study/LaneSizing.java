package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.stormsim.experiment.Experiment;
import org.stormsim.plan.PlannedRun;
import org.stormsim.plan.RunPlan;
import org.stormsim.report.AtomicFiles;
import org.stormsim.report.OutputSet;
import org.stormsim.scenario.DccDsp;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricEstimate;
import org.stormsim.summary.ScenarioHash;
import org.stormsim.summary.SummaryJson;

/**
 * Finds the fewest DSP motorway lanes with which a GB scenario meets its targets. Each lane count
 * tried is a full experiment (the scenario's replications, common random numbers across counts); it
 * meets the targets when the mean of every target metric across replications does, and the verdict
 * is "clear" when the whole 95% interval lies on the same side. The search gallops up from the
 * fewest lanes possible (1, 2, 4, 8 more ...) until the targets are met, then halves the gap, so it
 * tries O(log n) counts, never every one; it assumes more lanes never make a metric worse, and the
 * answer's neighbour below is always among the counts tried, so the table shows it failing.
 */
public final class LaneSizing {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Path file;
    private final List<ScenarioLoader.Override> base;
    private final List<Target> targets;
    private final int maxLanes;
    private final Consumer<String> progress;
    private final Experiment experiment;

    /** The sizing of {@code file} with {@code base} overrides, its trials run on {@code experiment} (kernel threads here or a cluster's workers). */
    public LaneSizing(Path file, List<ScenarioLoader.Override> base, List<Target> targets, int maxLanes, Experiment experiment,
                      Consumer<String> progress) {
        this.file = file;
        this.base = List.copyOf(base);
        this.targets = List.copyOf(targets);
        this.maxLanes = maxLanes;
        this.progress = progress;
        this.experiment = experiment;
    }

    /** One lane count tried: each target metric's estimate, whether all are met, and whether clearly. */
    public record Trial(int lanes, List<MetricEstimate> estimates, boolean met, boolean clear, boolean completed) {
    }

    /** The answer (null when even {@code maxLanes} does not meet the targets) and every count tried, in order of lanes. */
    public record Answer(Integer lanes, List<Trial> tried, boolean stopped) {
        public Trial trial(int lanes) {
            return tried.stream().filter(t -> t.lanes() == lanes).findFirst().orElse(null);
        }
    }

    /** The default target: the alert Service Level over all regions at the scenario's Target Service Level. */
    public static Target defaultTarget(DccScenario s) {
        return Target.parse("sla.measures.alerts.all.achieved>=" + s.sla().targetServiceLevel());
    }

    /** Sizes the scenario with {@code extra} overrides after the base ones (a storm-protection setting, a month). */
    public Answer size(List<ScenarioLoader.Override> extra) throws InvalidScenarioException {
        DccScenario probe = load(extra, null);
        int reserved = probe.dsp().dedicated().stream().mapToInt(DccDsp.DedicatedLanes::lanes).sum();
        int lo = reserved + 1;
        Map<Integer, Trial> tried = new TreeMap<>();
        int failing = lo - 1;
        int step = 1;
        int n = lo;
        Integer met = null;
        while (n <= maxLanes && !experiment.stopped()) {
            Trial t = trial(n, extra, tried);
            if (t.met()) {
                met = n;
                break;
            }
            failing = n;
            n = n == maxLanes ? maxLanes + 1 : Math.min(maxLanes, lo + 2 * step - 1);
            step *= 2;
        }
        while (met != null && met - failing > 1 && !experiment.stopped()) {
            int mid = failing + (met - failing) / 2;
            if (trial(mid, extra, tried).met()) {
                met = mid;
            } else {
                failing = mid;
            }
        }
        return new Answer(met, List.copyOf(tried.values()), experiment.stopped());
    }

    /** Stops the search: the trial running now and any after it (from any thread). */
    public void requestStop() {
        experiment.requestStop();
    }

    private Trial trial(int lanes, List<ScenarioLoader.Override> extra, Map<Integer, Trial> tried) throws InvalidScenarioException {
        DccScenario s = load(extra, lanes);
        PlannedRun<?> runs = RunPlan.of(s, RunPlan.Options.study(), line -> { }).runOn(experiment);
        List<Figures> nodes = runs.figures();
        List<MetricEstimate> estimates = new ArrayList<>();
        boolean met = true;
        boolean clear = true;
        for (Target t : targets) {
            MetricEstimate m = MetricEstimate.of(t.metric(), nodes);
            estimates.add(m);
            met &= t.met(m.mean());
            // no interval (one replication) is never a clear verdict
            clear &= !Double.isNaN(m.halfWidth95()) && t.met(m.mean() - m.halfWidth95()) == t.met(m.mean() + m.halfWidth95());
        }
        // a count whose runs were stopped early is not known to meet the targets
        Trial trial = new Trial(lanes, estimates, met && runs.completed(), clear && runs.completed(), runs.completed());
        tried.put(lanes, trial);
        progress.accept(describe(trial, targets));
        return trial;
    }

    private DccScenario load(List<ScenarioLoader.Override> extra, Integer lanes) throws InvalidScenarioException {
        List<ScenarioLoader.Override> all = new ArrayList<>(base);
        all.addAll(extra);
        if (lanes != null) {
            all.add(new ScenarioLoader.Override("dsp.lanes=" + lanes, "size-lanes trying " + lanes + " lanes"));
        }
        DccScenario d = ScenarioLoader.loadWithOverrides(file, all).asDcc();
        if (d == null) {
            throw new IllegalArgumentException(file + " is a network scenario; size-lanes needs kind: dcc (it sizes dsp.lanes)");
        }
        return d;
    }

    /** One line of the table of lane counts tried. */
    public static String describe(Trial t, List<Target> targets) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%5d lanes", t.lanes()));
        for (int i = 0; i < targets.size(); i++) {
            MetricEstimate m = t.estimates().get(i);
            b.append(String.format(Locale.ROOT, "  %s = %.6g", targets.get(i).metric(), m.mean()));
            if (!Double.isNaN(m.halfWidth95())) {
                b.append(String.format(Locale.ROOT, " +/- %.3g", m.halfWidth95()));
            }
        }
        b.append(t.met() ? "  met" : "  not met").append(t.clear() ? "" : Double.isNaN(t.estimates().get(0).halfWidth95())
                ? " (no interval with one replication)" : " (within the interval: more replications would tell)");
        return b.toString();
    }

    /** The opening of {@code lanes.json}: the scenario, the version, the targets and the most lanes tried; the sizings follow. */
    public static ObjectNode report(DccScenario sc, List<Target> targets, int maxLanes) {
        ObjectNode root = F.objectNode();
        ObjectNode s = root.putObject("scenario");
        s.put("name", sc.name());
        s.put("seed", sc.seed());
        s.put("replications", sc.replications());
        s.put("hash", ScenarioHash.of(sc));
        SweepOutput.stamp(root);
        ArrayNode ts = root.putArray("targets");
        targets.forEach(x -> ts.add(x.text()));
        root.put("maxLanes", maxLanes);
        return root;
    }

    /** Writes {@code lanes.json} and {@code lanes.html} into {@code dir}, as one set ({@link OutputSet}); returns them in that order. */
    public static List<Path> write(Path dir, ObjectNode report, List<Target> targets) throws IOException {
        return OutputSet.write(dir, staging -> {
            Path json = staging.resolve("lanes.json");
            Path page = staging.resolve(LanesPage.FILE);
            AtomicFiles.write(json, SummaryJson.toJson(report));
            AtomicFiles.write(page, LanesPage.render(report, targets));
            return List.of(json, page);
        });
    }

    /** The {@code lanes.json} entry of one sizing. */
    public static ObjectNode json(Answer a, List<Target> targets) {
        ObjectNode n = F.objectNode();
        if (a.lanes() == null) {
            n.putNull("lanes");
        } else {
            n.put("lanes", a.lanes());
        }
        Trial at = a.lanes() == null ? null : a.trial(a.lanes());
        n.put("verdict", a.stopped() ? "interrupted before the search ended"
                : at == null ? "not met within the lanes allowed"
                : at.clear() ? "met" : "met, not clearly (no interval, or the target within it)");
        ArrayNode tried = n.putArray("tried");
        for (Trial t : a.tried()) {
            ObjectNode x = tried.addObject();
            x.put("lanes", t.lanes());
            x.put("met", t.met());
            x.put("clear", t.clear());
            ObjectNode ms = x.putObject("metrics");
            for (int i = 0; i < targets.size(); i++) {
                t.estimates().get(i).writeTo(ms.putObject(targets.get(i).text()));
            }
        }
        return n;
    }
}
