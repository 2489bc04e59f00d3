package org.stormsim.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Location;
import org.stormsim.scenario.Node;
import org.stormsim.scenario.Problem;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.summary.Figures;
import org.stormsim.summary.MetricPath;

/**
 * A calibration of a dated plan against what was observed: the free parameters and the values the
 * search tries, and the observations, each a figure of one month's run (a summary path, or the
 * ratio of two) with the range the minutes allow and the minutes' line. Written beside the plan,
 * <pre>
 * calibration:
 *   parameters:                                  # tried as a grid, every combination
 *     dsp.laneService: [exponential(1.8ms), exponential(2ms)]
 *   observations:
 *     - id: jan-2020-lanes-near-capacity
 *       month: 2020-01
 *       metric: capacity.stages.lanes.peakHourOfferedLoad
 *       between: [0.75, 1.0]
 *       source: "OPSG 28, 7 Jan 2020: ... [S]"
 *     - {id: ..., month: 2020-12, metric: ..., set: [throttling.alertStormProtection.enabled=false], atLeast: 6, fit: false}
 * </pre>
 * {@code fit: true} (the default) puts an observation in the fit; {@code fit: false} holds it out:
 * the model's figure for it is a prediction. {@code perFullScale: true} divides a count by the run's
 * {@code population.scale}. {@code set} adds assignments after the month's (e.g. SECMP0062 off).
 *
 * <p>A combination of parameter values is run at every (month, set) the observations name, each
 * month at its plan state; its loss is, over the fitted observations, how far each figure falls
 * outside its range in units of the range's width (or of its bound, for a one-sided range), plus a
 * thousandth of its distance from the middle of a two-sided range to part ties. The search
 * ({@link #search}) is coordinate-wise from the file's values. Deterministic: the same file, seed
 * and values give the same answer on any thread count.
 */
public final class Calibration {
    /** The most values a calibration's parameters may list together (each round runs each once). */
    public static final int MAX_VALUES = 256;

    private final SweepGrid grid;
    private final List<Observation> observations;

    /** A calibration's free parameters (as a sweep grid) and its observations. */
    public Calibration(SweepGrid grid, List<Observation> observations) {
        this.grid = grid;
        this.observations = List.copyOf(observations);
    }

    public SweepGrid grid() {
        return grid;
    }

    public List<Observation> observations() {
        return observations;
    }

    /** One observation: a figure of one month (numerator / denominator when a ratio), its range, whether it is fitted, its source. */
    public record Observation(String id, YearMonth month, List<String> set, MetricPath metric, MetricPath per, double low, double high,
                              boolean fit, boolean perFullScale, String source) {
        /** How far {@code v} lies outside the range, in units of the range's width (of its bound when one-sided); 0 inside. */
        double miss(double v) {
            if (Double.isNaN(v)) {
                return 1e6;
            }
            double width = Double.isInfinite(low) || Double.isInfinite(high) ? Math.max(Math.abs(Double.isInfinite(low) ? high : low), 1e-9)
                    : Math.max(high - low, 1e-9);
            return v < low ? (low - v) / width : v > high ? (v - high) / width : 0;
        }

        /** A thousandth of {@code v}'s distance from the range's middle in units of its width; 0 for a one-sided range. */
        double tieBreak(double v) {
            if (Double.isNaN(v) || Double.isInfinite(low) || Double.isInfinite(high)) {
                return 0; // one-sided: every value inside is as good
            }
            return 1e-3 * Math.abs(v - (low + high) / 2) / Math.max(high - low, 1e-9);
        }

        /** Whether {@code v} lies in the range. */
        public boolean met(double v) {
            return !Double.isNaN(v) && v >= low && v <= high;
        }

        /** The range as written: at least, at most, or between. */
        public String range() {
            if (Double.isInfinite(high)) {
                return ">= " + num(low);
            }
            if (Double.isInfinite(low)) {
                return "<= " + num(high);
            }
            return num(low) + " to " + num(high);
        }

        /** The figure as named: the path, or the ratio of two. */
        public String figure() {
            return per == null ? metric.text() : metric.text() + " / " + per.text();
        }

        /** The month and the extra assignments: which run gives this figure. */
        String runKey() {
            return month + " " + set;
        }
    }

    /** One combination's outcome: its assignments, each observation's figure, the loss over the fitted ones. */
    public record Outcome(int index, List<String> assignments, double[] figures, double loss, int fittedMet, int fitted, boolean completed) {
    }

    /** The result of a search: every combination's outcome, in grid order, and the best's index. */
    public record Result(List<Outcome> outcomes, int best) {
        public Outcome bestOutcome() {
            return outcomes.get(best);
        }
    }

    /** How many runs one combination needs: one per (month, set) the observations name. */
    public int runsPerCombination() {
        return runKeys().size();
    }

    /** The runs one combination needs: (month, set) pairs in the order the observations first name them. */
    private List<String> runKeys() {
        List<String> keys = new ArrayList<>();
        for (Observation o : observations) {
            if (!keys.contains(o.runKey())) {
                keys.add(o.runKey());
            }
        }
        return keys;
    }

    /**
     * The points to run: every combination (grid order) x every run key, each point's assignments the
     * combination's, then the month's plan state, then the observation's extra ones.
     */
    List<SweepGrid.Point> points(List<List<String>> combinations, DatedPlan plan, DccScenario sc) {
        Map<String, DatedPlan.Month> months = new LinkedHashMap<>();
        for (DatedPlan.Month m : plan.months(sc)) {
            months.put(m.name(), m);
        }
        List<SweepGrid.Point> out = new ArrayList<>();
        for (List<String> combination : combinations) {
            for (String key : runKeys()) {
                Observation o = observations.stream().filter(x -> x.runKey().equals(key)).findFirst().orElseThrow();
                List<String> a = new ArrayList<>(combination);
                a.addAll(months.get(o.month().toString()).assignments());
                a.addAll(o.set());
                Map<String, String> values = new LinkedHashMap<>();
                values.put("combination", Integer.toString(combination.isEmpty() ? 0 : out.size() / runKeys().size()));
                values.put("run", key);
                out.add(new SweepGrid.Point(out.size(), List.copyOf(a), values));
            }
        }
        return out;
    }

    /** The months the observations name that the plan does not hold, as problems; empty when all are in it. */
    public List<String> monthsOutside(DatedPlan plan) {
        List<String> out = new ArrayList<>();
        for (Observation o : observations) {
            if (o.month().isBefore(plan.from()) || o.month().isAfter(plan.to())) {
                out.add(o.id() + ": month " + o.month() + " is outside the plan's " + plan.from() + " to " + plan.to());
            }
        }
        return out;
    }

    /**
     * Where the runs happen: the scenario file, the base overrides, the experiment every sweep of the
     * search runs on (kernel threads here, or a cluster's workers; the caller closes it), progress
     * lines, and who hears of each sweep started (to stop it).
     */
    public record Runs(Path file, List<ScenarioLoader.Override> base, org.stormsim.experiment.Experiment experiment, Consumer<String> progress,
                       Consumer<Sweep> started,
                       java.util.function.BooleanSupplier stop) {
        boolean stopped() {
            return stop.getAsBoolean();
        }
    }

    /** Runs every combination at every run the observations need, in one sweep, and scores each, in the given order. */
    public List<Outcome> run(Runs runs, List<List<String>> combinations, DatedPlan plan, DccScenario sc) throws InvalidScenarioException {
        List<SweepGrid.Point> points = points(combinations, plan, sc);
        List<Scenario> scenarios = Sweep.load(runs.file(), runs.base(), points);
        Sweep sweep = new Sweep(runs.file(), runs.base(), runs.experiment());
        runs.started().accept(sweep);
        List<Sweep.PointResult> results = sweep.run(points, scenarios, runs.progress());
        List<String> keys = runKeys();
        List<Outcome> outcomes = new ArrayList<>();
        for (int c = 0; c < combinations.size(); c++) {
            double[] figures = new double[observations.size()];
            double loss = 0;
            int met = 0;
            int fitted = 0;
            boolean completed = true;
            for (int i = 0; i < observations.size(); i++) {
                Observation o = observations.get(i);
                Sweep.PointResult p = results.get(c * keys.size() + keys.indexOf(o.runKey()));
                completed &= p.completed();
                figures[i] = figure(o, p);
                if (o.fit()) {
                    fitted++;
                    met += o.met(figures[i]) ? 1 : 0;
                    loss += o.miss(figures[i]) + o.tieBreak(figures[i]);
                }
            }
            outcomes.add(new Outcome(c, combinations.get(c), figures, loss, met, fitted, completed));
        }
        return outcomes;
    }

    /** The file's own values, evaluated alone. */
    public Result check(Runs runs, DatedPlan plan, DccScenario sc) throws InvalidScenarioException {
        return new Result(run(runs, List.of(List.of()), plan, sc), 0);
    }

    /**
     * The search: from the file's values, each parameter in turn takes the value (of those listed)
     * that gives the least loss with the others at their best so far (the file's value until a
     * parameter has been chosen), over {@code rounds} passes; each combination is run once. The best
     * is the least loss over every combination run, the first run on a tie. Every outcome is kept,
     * in the order run.
     */
    public Result search(Runs runs, DatedPlan plan, DccScenario sc, int rounds) throws InvalidScenarioException {
        List<SweepGrid.Parameter> params = grid.parameters();
        String[] chosen = new String[params.size()];
        Map<List<String>, Outcome> seen = new LinkedHashMap<>();
        evaluateNew(runs, List.of(List.of()), plan, sc, seen);
        for (int round = 0; round < rounds && !runs.stopped(); round++) {
            for (int p = 0; p < params.size(); p++) {
                List<List<String>> tries = new ArrayList<>();
                for (String v : params.get(p).values()) {
                    tries.add(assignments(params, chosen, p, v));
                }
                evaluateNew(runs, tries, plan, sc, seen);
                Outcome best = null;
                int bestValue = 0;
                for (int k = 0; k < tries.size(); k++) {
                    Outcome o = seen.get(tries.get(k));
                    if (o != null && (best == null || o.loss() < best.loss())) {
                        best = o;
                        bestValue = k;
                    }
                }
                chosen[p] = params.get(p).values().get(bestValue);
                runs.progress().accept(String.format(Locale.ROOT, "calibrate: round %d, %s = %s (loss %.4g)", round + 1, params.get(p).path(),
                        chosen[p], best == null ? Double.NaN : best.loss()));
            }
        }
        List<Outcome> all = new ArrayList<>();
        int best = 0;
        for (Outcome o : seen.values()) {
            Outcome renumbered = new Outcome(all.size(), o.assignments(), o.figures(), o.loss(), o.fittedMet(), o.fitted(), o.completed());
            if (renumbered.loss() < (all.isEmpty() ? Double.POSITIVE_INFINITY : all.get(best).loss())) {
                best = all.size();
            }
            all.add(renumbered);
        }
        return new Result(all, best);
    }

    private static List<String> assignments(List<SweepGrid.Parameter> params, String[] chosen, int p, String v) {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            String value = i == p ? v : chosen[i];
            if (value != null) {
                a.add(params.get(i).path() + "=" + value);
            }
        }
        return List.copyOf(a);
    }

    private void evaluateNew(Runs runs, List<List<String>> tries, DatedPlan plan, DccScenario sc, Map<List<String>, Outcome> seen)
            throws InvalidScenarioException {
        List<List<String>> fresh = new ArrayList<>();
        for (List<String> t : tries) {
            if (!seen.containsKey(t) && !fresh.contains(t)) {
                fresh.add(t);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        for (Outcome o : run(runs, fresh, plan, sc)) {
            seen.put(o.assignments(), o);
        }
    }

    /** The observation's figure at one point: the mean over its replications (of the ratio, for a ratio), per full scale if asked. */
    private static double figure(Observation o, Sweep.PointResult p) {
        double sum = 0;
        int n = 0;
        for (Figures f : p.replications()) {
            double v;
            try {
                v = f.value(o.metric());
                if (o.per() != null) {
                    v = v / f.value(o.per());
                }
            } catch (MetricPath.NotInSummary e) {
                v = Double.NaN;
            }
            sum += v;
            n++;
        }
        double v = n == 0 ? Double.NaN : sum / n;
        if (o.perFullScale() && p.scenario() instanceof DccScenario d) {
            v /= d.population().scale();
        }
        return v;
    }

    /** The search's record: the parameters, every combination's loss, the best, and every observation's figure and verdict there. */
    public ObjectNode json(Result r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode params = root.putObject("parameters");
        grid.parameters().forEach(p -> params.putArray(p.path()).addAll(p.values().stream().map(f::textNode).toList()));
        ArrayNode tried = root.putArray("combinations");
        for (Outcome o : r.outcomes()) {
            ObjectNode x = tried.addObject();
            x.putArray("assignments").addAll(o.assignments().stream().map(f::textNode).toList());
            x.put("loss", o.loss()).put("fittedMet", o.fittedMet()).put("fitted", o.fitted()).put("completed", o.completed());
        }
        Outcome best = r.bestOutcome();
        ObjectNode b = root.putObject("best");
        b.putArray("assignments").addAll(best.assignments().stream().map(f::textNode).toList());
        b.put("loss", best.loss()).put("fittedMet", best.fittedMet()).put("fitted", best.fitted());
        ArrayNode obs = root.putArray("observations");
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            double v = best.figures()[i];
            ObjectNode x = obs.addObject();
            x.put("id", o.id()).put("month", o.month().toString()).put("figure", o.figure()).put("range", o.range());
            x.putArray("set").addAll(o.set().stream().map(f::textNode).toList());
            if (Double.isNaN(v)) {
                x.putNull("model");
            } else {
                x.put("model", v);
            }
            x.put("verdict", o.met(v) ? "agrees" : "disagrees").put("role", o.fit() ? "fitted" : "held out").put("source", o.source());
        }
        return root;
    }

    /** The table {@code stormsim calibrate} prints: every observation, the model's figure at the best combination, the verdict. */
    public String table(Result r) {
        StringBuilder b = new StringBuilder();
        Outcome best = r.bestOutcome();
        b.append(String.format(Locale.ROOT, "best of %d combination(s) run: %s (loss %.4g; %d of %d fitted observations met)%n",
                r.outcomes().size(), best.assignments().isEmpty() ? "the file's values" : String.join(", ", best.assignments()), best.loss(),
                best.fittedMet(), best.fitted()));
        String fmt = "%-34s %-8s %-9s %14s %-16s %s%n";
        b.append(String.format(Locale.ROOT, fmt, "observation", "month", "role", "model", "allowed", "verdict"));
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            double v = best.figures()[i];
            b.append(String.format(Locale.ROOT, fmt, o.id(), o.month(), o.fit() ? "fitted" : "held out", num(v), o.range(),
                    o.met(v) ? "agrees" : "DISAGREES"));
        }
        return b.toString();
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "no data";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e6 || a < 1e-3) ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.4f", v)
                .replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The calibration of {@code file}'s {@code calibration:} section; null when it has none. */
    public static Calibration of(Path file) throws InvalidScenarioException {
        Node section = ScenarioLoader.section(file, "calibration");
        if (section == null) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        Calibration c = fromSection(section, problems);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return c;
    }

    static Calibration fromSection(Node section, List<Problem> problems) {
        if (!(section instanceof Node.MapNode m)) {
            problems.add(new Problem(section.location(), "calibration", section.show(), "write calibration: {parameters: {...}, observations: [...]}"));
            return null;
        }
        for (String key : m.entries().keySet()) {
            if (!key.equals("parameters") && !key.equals("observations")) {
                problems.add(new Problem(m.keyLocations().get(key), "calibration." + key, null, "unknown field; allowed: parameters, observations"));
            }
        }
        SweepGrid grid = new SweepGrid(List.of(), List.of());
        Node ps = m.get("parameters");
        if (ps != null) {
            Node.MapNode wrapped = new Node.MapNode(ps.location());
            wrapped.put("parameters", ps, ps.location());
            List<Problem> found = new ArrayList<>();
            SweepGrid g = SweepGrid.fromSection(wrapped, found);
            found.forEach(p -> problems.add(new Problem(p.location(), p.path().replace("sweep.", "calibration."), p.value(), p.message())));
            grid = g == null ? grid : g;
            long n = 0;
            for (SweepGrid.Parameter p : grid.parameters()) {
                n += p.values().size();
            }
            if (n > MAX_VALUES) {
                problems.add(new Problem(ps.location(), "calibration.parameters", n + " values", "allowed: at most " + MAX_VALUES + " values in all"));
            }
        }
        List<Observation> obs = new ArrayList<>();
        Node os = m.get("observations");
        if (!(os instanceof Node.ListNode l) || l.items().isEmpty()) {
            problems.add(new Problem(os == null ? m.location() : os.location(), "calibration.observations", os == null ? null : os.show(),
                    "a list of at least one observation: {id, month, metric, between: [LOW, HIGH] or atLeast or atMost, source}"));
        } else {
            for (int i = 0; i < l.items().size(); i++) {
                Observation o = observation(l.items().get(i), "calibration.observations[" + i + "]", problems);
                if (o != null) {
                    obs.add(o);
                }
            }
        }
        return new Calibration(grid, obs);
    }

    private static final List<String> FIELDS = List.of("id", "month", "metric", "between", "atLeast", "atMost", "set", "fit", "perFullScale",
            "source");

    private static Observation observation(Node n, String path, List<Problem> problems) {
        if (!(n instanceof Node.MapNode m)) {
            problems.add(new Problem(n.location(), path, n.show(), "an observation: {id, month, metric, between or atLeast or atMost, source}"));
            return null;
        }
        int before = problems.size();
        for (String key : m.entries().keySet()) {
            if (!FIELDS.contains(key)) {
                problems.add(new Problem(m.keyLocations().get(key), path + "." + key, null, "unknown field; allowed: " + String.join(", ", FIELDS)));
            }
        }
        String id = required(m, "id", path, problems);
        YearMonth month = null;
        String mt = required(m, "month", path, problems);
        try {
            month = mt == null ? null : YearMonth.parse(mt);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(m.get("month").location(), path + ".month", m.get("month").show(), "a month written YYYY-MM, e.g. 2020-01"));
        }
        String metric = required(m, "metric", path, problems);
        MetricPath num = null;
        MetricPath per = null;
        if (metric != null) {
            String[] parts = metric.split(" / ");
            try {
                num = MetricPath.parse(parts[0]);
                per = parts.length > 1 ? MetricPath.parse(parts[1]) : null;
                if (parts.length > 2) {
                    throw new IllegalArgumentException("at most one ' / '");
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(m.get("metric").location(), path + ".metric", m.get("metric").show(),
                        e.getMessage() + "; allowed: a summary path, or two divided, 'PATH / PATH'"));
            }
        }
        double[] range = range(m, path, problems);
        List<String> set = new ArrayList<>();
        if (m.get("set") instanceof Node.ListNode sl) {
            sl.items().forEach(x -> set.add(x instanceof Node.ScalarNode s ? s.text() : ""));
        } else if (m.get("set") != null) {
            problems.add(new Problem(m.get("set").location(), path + ".set", m.get("set").show(), "a list of PATH=VALUE assignments"));
        }
        boolean fit = flag(m, "fit", true, path, problems);
        boolean perFullScale = flag(m, "perFullScale", false, path, problems);
        Node src = m.get("source");
        String source = src instanceof Node.ScalarNode s ? s.text() : "";
        if (problems.size() > before) {
            return null;
        }
        return new Observation(id, month, List.copyOf(set), num, per, range[0], range[1], fit, perFullScale, source);
    }

    private static double[] range(Node.MapNode m, String path, List<Problem> problems) {
        Node between = m.get("between");
        Node least = m.get("atLeast");
        Node most = m.get("atMost");
        int given = (between != null ? 1 : 0) + (least != null ? 1 : 0) + (most != null ? 1 : 0);
        if (given != 1) {
            problems.add(new Problem(m.location(), path, null, "exactly one of between: [LOW, HIGH], atLeast: LOW, atMost: HIGH"));
            return new double[] {0, 0};
        }
        if (between != null) {
            if (between instanceof Node.ListNode l && l.items().size() == 2) {
                double lo = number(l.items().get(0), path + ".between", problems);
                double hi = number(l.items().get(1), path + ".between", problems);
                if (lo > hi) {
                    problems.add(new Problem(between.location(), path + ".between", between.show(), "allowed: [LOW, HIGH] with LOW <= HIGH"));
                }
                return new double[] {lo, hi};
            }
            problems.add(new Problem(between.location(), path + ".between", between.show(), "a list of two numbers, [LOW, HIGH]"));
            return new double[] {0, 0};
        }
        return least != null ? new double[] {number(least, path + ".atLeast", problems), Double.POSITIVE_INFINITY}
                : new double[] {Double.NEGATIVE_INFINITY, number(most, path + ".atMost", problems)};
    }

    private static double number(Node n, String path, List<Problem> problems) {
        if (n instanceof Node.ScalarNode s) {
            try {
                double v = Double.parseDouble(s.text().trim());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(new Problem(n.location(), path, n.show(), "a finite number"));
        return 0;
    }

    private static boolean flag(Node.MapNode m, String key, boolean dflt, String path, List<Problem> problems) {
        Node n = m.get(key);
        if (n == null) {
            return dflt;
        }
        if (n instanceof Node.ScalarNode s && (s.text().equals("true") || s.text().equals("false"))) {
            return s.text().equals("true");
        }
        problems.add(new Problem(n.location(), path + "." + key, n.show(), "true or false"));
        return dflt;
    }

    private static String required(Node.MapNode m, String key, String path, List<Problem> problems) {
        Node n = m.get(key);
        if (n instanceof Node.ScalarNode s && !s.text().isBlank()) {
            return s.text().trim();
        }
        Location at = n == null ? m.location() : n.location();
        problems.add(new Problem(at, path + "." + key, n == null ? null : n.show(), "required: a single value"));
        return null;
    }
}
