package org.stormsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stormsim.experiment.Experiment;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.ScenarioLoader;
import org.stormsim.study.DatedPlan;
import org.stormsim.study.LaneSizing;
import org.stormsim.study.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim size-lanes FILE}: the fewest DSP motorway lanes that meet the targets, found by a
 * galloping then halving search; prints the table of lane counts tried and the verdict, and writes
 * {@code lanes.json} and {@code lanes.html} (its charts). Optionally with SECMP0062 off and on, or
 * month by month along a growth curve.
 */
@Command(name = "size-lanes", mixinStandardHelpOptions = true,
        description = "Find the fewest motorway lanes that meet a target; write DIR/lanes.json and DIR/lanes.html.",
        footer = {"", "Examples:",
            "  stormsim size-lanes scenarios/quickstart.yaml",
            "  stormsim size-lanes scenarios/quickstart.yaml --target 'alerts.p99<=60s'",
            "  stormsim size-lanes scenarios/quickstart.yaml --target 'lanes.max.utilisation<=0.7'",
            "  stormsim size-lanes scenarios/secmp0062-alert-storm-protection.yaml --compare-storm-protection",
            "  stormsim size-lanes scenarios/lane-sizing-2020-growth.yaml --by-month --replications 2"})
final class SizeLanesCommand implements Callable<Integer> {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--target", paramLabel = "PATH<=VALUE",
            description = "a target every answer must meet, e.g. alerts.p99<=60s, lanes.max.utilisation<=0.7, "
                    + "sla.measures.alerts.all.achieved>=99%% (repeatable; default: the alert Service Level at its Target Service Level)")
    List<String> targets = new ArrayList<>();

    @Option(names = "--max-lanes", paramLabel = "N", defaultValue = "64", description = "the most lanes to try (default: ${DEFAULT-VALUE})")
    int maxLanes;

    @Option(names = "--compare-storm-protection", description = "size with SECMP0062 alert storm protection off, then on")
    boolean compareStormProtection;

    @Option(names = "--by-month", description = "size each month of the file's plan: section, or else of its growth curve (a growth event)")
    boolean byMonth;

    @Option(names = "--months", paramLabel = "N", defaultValue = "12",
            description = "months to size with --by-month when the growth is a monthlyFactor (default: ${DEFAULT-VALUE})")
    int months;

    @Option(names = "--lane-cost", paramLabel = "AMOUNT",
            description = "what one motorway lane costs a month (an assumption to set; replaces the plan's laneCost), "
                    + "to report the cost of each answer and, by month, the total")
    String laneCost;

    @Mixin
    ExecutionOptions execution;

    @Spec
    CommandSpec spec;

    /** The file's dated plan, when --by-month and it has one. */
    private DatedPlan plan;
    /** What a lane costs a month (--lane-cost, else the plan's), or null. */
    private DatedPlan.LaneCost cost;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!execution.check(err)) {
            return Main.BAD_INPUT;
        }
        if (maxLanes < 1 || maxLanes > 4096) {
            err.println("--max-lanes " + maxLanes + ": allowed: 1 to 4096");
            return Main.BAD_INPUT;
        }
        if (months < 1 || months > 600) {
            err.println("--months " + months + ": allowed: 1 to 600");
            return Main.BAD_INPUT;
        }
        DccScenario sc = scenario.loadDcc(err, "size-lanes sizes dsp.lanes of a kind: dcc scenario");
        if (sc == null) {
            return Main.BAD_INPUT;
        }
        List<Target> parsed = CommandChecks.parseAll(targets, Target::parse, "--target", err);
        if (parsed == null) {
            return Main.BAD_INPUT;
        }
        if (parsed.isEmpty()) {
            parsed.add(LaneSizing.defaultTarget(sc));
        }
        if (!planAndCost(sc, err)) {
            return Main.BAD_INPUT;
        }
        List<Case> cases = cases(sc, err);
        if (cases == null || !execution.fits(scenario.file.toString(), List.of(sc), 0, "lanes", err)) {
            return Main.BAD_INPUT;
        }
        Experiment experiment = execution.experiment(err::println);
        try {
            LaneSizing sizing = new LaneSizing(scenario.file, scenario.overrides(), parsed, maxLanes, experiment, o::println);
            o.printf(Locale.ROOT, "size-lanes %s: targets %s, up to %d lanes, %d replication(s) per count%s%n", scenario.file, parsed, maxLanes,
                    sc.replications(), execution.cluster == null ? "" : ", on " + execution.where(experiment));
            return RunCommand.withInterruptHook(sizing::requestStop, () -> run(sc, sizing, cases, parsed, o, err));
        } finally {
            experiment.close();
        }
    }

    /** Reads the plan (with --by-month) and the lane cost (--lane-cost, else the plan's); false when either is bad (reported). */
    private boolean planAndCost(DccScenario sc, PrintWriter err) {
        if (byMonth) {
            try {
                plan = DatedPlan.of(scenario.file, sc);
            } catch (InvalidScenarioException e) {
                ScenarioOptions.report(err, e);
                return false;
            }
        }
        if (laneCost != null) {
            List<org.stormsim.scenario.Problem> problems = new ArrayList<>();
            String currency = plan != null && plan.laneCost() != null ? plan.laneCost().currency() : "GBP";
            cost = DatedPlan.parseCost(laneCost.trim(), currency, "--lane-cost " + laneCost, null, "--lane-cost", problems);
            if (cost == null) {
                err.println("--lane-cost " + laneCost + ": allowed: what one lane costs a month, a number from 0 to 1e12");
                return false;
            }
        } else if (plan != null) {
            cost = plan.laneCost();
        }
        return true;
    }

    /** One sizing: a label and the overrides that make it (storm protection off or on; a month). */
    private record Case(String label, List<ScenarioLoader.Override> overrides, ObjectNode facts) {
    }

    private int run(DccScenario sc, LaneSizing sizing, List<Case> cases, List<Target> parsed, PrintWriter o, PrintWriter err)
            throws IOException {
        ObjectNode root = LaneSizing.report(sc, parsed, maxLanes);
        ArrayNode results = root.putArray("sizings");
        boolean interrupted = false;
        for (Case c : cases) {
            if (!c.label().isEmpty()) {
                o.println();
                o.println(c.label() + ":");
            }
            LaneSizing.Answer a;
            try {
                a = sizing.size(c.overrides());
            } catch (InvalidScenarioException e) {
                ScenarioOptions.report(err, e);
                return Main.BAD_INPUT;
            } catch (org.stormsim.summary.MetricPath.NotInSummary e) {
                err.println("--target " + e.getMessage() + "; nothing was written.");
                return Main.BAD_INPUT;
            }
            interrupted |= a.stopped() || a.tried().stream().anyMatch(x -> !x.completed());
            ObjectNode x = LaneSizing.json(a, parsed);
            x.put("case", c.label().isEmpty() ? "as given" : c.label());
            x.setAll(c.facts());
            if (cost != null && a.lanes() != null && !a.stopped()) {
                x.put("costPerMonth", a.lanes() * cost.perMonth());
            }
            results.add(x);
            o.println(verdict(a, parsed));
        }
        if (cost != null) {
            costs(root, results, o);
        }
        root.put("status", interrupted ? "interrupted" : "completed");
        List<Path> files = LaneSizing.write(execution.folder(sc.name() + "-lanes"), root, parsed);
        o.println("lanes: " + files.get(0) + ", " + files.get(1));
        return interrupted ? Main.INTERRUPTED : Main.OK;
    }

    /**
     * The cost of the answers: each case's lanes times the cost of a lane a month, and, per storm
     * protection setting, the lane-months and cost summed over the cases (the months of a plan). A
     * case with no answer (not met, or interrupted) makes its setting's total unknown.
     */
    private void costs(ObjectNode root, ArrayNode results, PrintWriter o) {
        ObjectNode c = root.putObject("cost");
        c.put("perLanePerMonth", cost.perMonth()).put("currency", cost.currency()).put("source", cost.source());
        ObjectNode totals = c.putObject("totals");
        o.println();
        o.printf(Locale.ROOT, "lanes and their cost at %s a lane a month (%s):%n", cost.format(1), cost.source().isEmpty() ? "as given" : cost.source());
        java.util.Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode x : results) {
            String setting = !x.has("alertStormProtection") ? "as given" : x.path("alertStormProtectionAsDated").asBoolean()
                    ? "SECMP0062 as dated in the plan" : "SECMP0062 " + (x.get("alertStormProtection").asBoolean() ? "on" : "off");
            double[] sum = sums.computeIfAbsent(setting, k -> new double[2]);
            sum[1]++;
            if (x.has("costPerMonth")) {
                sum[0] += x.get("lanes").asDouble();
                o.printf(Locale.ROOT, "  %-90s %3d lane(s)  %s a month%n", x.get("case").asText(), x.get("lanes").asInt(),
                        cost.format(x.get("lanes").asDouble()));
            } else {
                sum[0] = Double.NaN;
                o.printf(Locale.ROOT, "  %-90s no answer%n", x.get("case").asText());
            }
        }
        for (java.util.Map.Entry<String, double[]> e : sums.entrySet()) {
            double laneMonths = e.getValue()[0];
            ObjectNode t = totals.putObject(e.getKey());
            t.put("cases", (int) e.getValue()[1]);
            if (Double.isNaN(laneMonths)) {
                t.putNull("laneMonths");
                t.putNull("cost");
                o.printf(Locale.ROOT, "total, %s: unknown (a case has no answer)%n", e.getKey());
            } else {
                t.put("laneMonths", laneMonths).put("cost", laneMonths * cost.perMonth());
                o.printf(Locale.ROOT, "total, %s, over %d case(s): %.0f lane-months, %s%n", e.getKey(), (int) e.getValue()[1], laneMonths,
                        cost.format(laneMonths));
            }
        }
    }

    private static String verdict(LaneSizing.Answer a, List<Target> targets) {
        if (a.stopped()) {
            return "verdict: none: INTERRUPTED before the search ended (" + a.tried().size() + " count(s) tried; a count whose runs were "
                    + "stopped is never taken as met); rerun to finish";
        }
        if (a.lanes() == null) {
            return "verdict: NOT met with any number of lanes tried (the largest fails); raise --max-lanes or look elsewhere";
        }
        LaneSizing.Trial t = a.trial(a.lanes());
        LaneSizing.Trial below = a.trial(a.lanes() - 1);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "verdict: %d lane(s)", a.lanes()));
        for (int i = 0; i < targets.size(); i++) {
            b.append(String.format(Locale.ROOT, "; %s: %s", targets.get(i), interval(t.estimates().get(i))));
            if (below != null) {
                b.append(String.format(Locale.ROOT, " (%d lanes: %s)", below.lanes(), interval(below.estimates().get(i))));
            }
        }
        boolean noInterval = t.estimates().stream().anyMatch(e -> Double.isNaN(e.halfWidth95()));
        b.append(t.clear() ? "" : noInterval ? "; one replication, no interval: --replications 3 or more to be sure"
                : "; the target lies within the 95% interval: add replications to be sure");
        return b.append(String.format(Locale.ROOT, " [%d counts tried]", a.tried().size())).toString();
    }

    private static String interval(org.stormsim.summary.MetricEstimate e) {
        return Double.isNaN(e.halfWidth95()) ? String.format(Locale.ROOT, "%.6g", e.mean())
                : String.format(Locale.ROOT, "%.6g +/- %.3g (95%%)", e.mean(), e.halfWidth95());
    }

    private List<Case> cases(DccScenario sc, PrintWriter err) {
        List<Case> out = new ArrayList<>();
        List<Case> months = byMonth ? monthCases(sc, err) : List.of(new Case("", List.of(), F.objectNode()));
        if (months == null) {
            return null;
        }
        for (Case m : months) {
            if (!compareStormProtection) {
                out.add(m);
                continue;
            }
            for (boolean on : new boolean[] {false, true}) {
                List<ScenarioLoader.Override> o = new ArrayList<>(m.overrides());
                boolean dated = on && plan != null; // with a plan, "on" is the plan as dated: on from its go-live events
                if (!dated) {
                    o.add(new ScenarioLoader.Override("throttling.alertStormProtection.enabled=" + on, "--compare-storm-protection"));
                }
                ObjectNode facts = m.facts().deepCopy();
                facts.put("alertStormProtection", on);
                if (dated) {
                    facts.put("alertStormProtectionAsDated", true);
                }
                out.add(new Case((m.label().isEmpty() ? "" : m.label() + ", ") + "SECMP0062 alert storm protection "
                        + (dated ? "as dated in the plan" : on ? "on" : "off"), o, facts));
            }
        }
        return out;
    }

    private List<Case> monthCases(DccScenario sc, PrintWriter err) {
        if (plan != null) {
            List<Case> out = new ArrayList<>();
            for (DatedPlan.Month m : plan.months(sc)) {
                ObjectNode facts = F.objectNode();
                facts.put("month", m.name());
                facts.put("day", m.day().toString());
                facts.put("installedHubs", m.hubs());
                ArrayNode events = facts.putArray("eventsInForce");
                m.inForce().forEach(c -> events.addObject().put("when", c.when()).put("set", c.set()).put("source", c.source()));
                List<ScenarioLoader.Override> set = m.assignments().stream()
                        .map(a -> new ScenarioLoader.Override(a, "plan, " + m.name() + ": " + a)).toList();
                out.add(new Case("month " + DatedPlan.describe(m), set, facts));
            }
            return out;
        }
        int index = -1;
        for (int i = 0; i < sc.events().size(); i++) {
            if (sc.events().get(i) instanceof DccEvent.Growth) {
                index = i;
            }
        }
        if (index < 0) {
            err.println(scenario.file + ": --by-month needs a plan: section or a growth event (events: - {type: growth, factors: [...]}); "
                    + "this scenario has neither");
            return null;
        }
        DccEvent.Growth g = (DccEvent.Growth) sc.events().get(index);
        int n = g.factors() != null ? g.factors().size() : months;
        List<Case> out = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            double f = g.factorAt(g.at().micros() + m * DccEvent.Growth.MONTH_MICROS);
            String set = "events[" + index + "]={type: growth, at: 0s, factors: [" + f + "]}";
            ObjectNode facts = F.objectNode();
            facts.put("month", m);
            facts.put("growthFactor", f);
            out.add(new Case(String.format(Locale.ROOT, "month %d (alert rates x %.4g)", m, f),
                    List.of(new ScenarioLoader.Override(set, "--by-month, month " + m)), facts));
        }
        return out;
    }
}
