package org.stormsim.study;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccPopulation;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.InvalidScenarioException;
import org.stormsim.scenario.Location;
import org.stormsim.scenario.Node;
import org.stormsim.scenario.Problem;
import org.stormsim.scenario.ScenarioLoader;

/**
 * A dated plan: the network month by month, each month evaluated as one representative day at that
 * month's installed base and state. Written in the scenario file beside the scenario (the loader
 * sets it aside, as it does {@code sweep:}),
 * <pre>
 * plan:
 *   months: {from: 2019-10, to: 2020-12}
 *   day: 15
 *   installedHubs:                       # DCC-connected hubs on dates, linear between, flat outside
 *     - {at: 2019-09-07, hubs: 2000000}
 *     - {at: 2020-02-26, hubs: 4000000}
 *   installsStop:                        # a combination whose installs stop keeps the hubs it had
 *     - {cohort: single-fuel-ihd, at: 2020-03-01}
 *   smets1Installed:                     # optional: migrated SMETS1 installations on dates, linear between
 *     - {at: 2020-04-15, installations: 126000}
 *   events:                              # a change from its date on (at) or before it (until), as a --set
 *     - {at: 2020-05-06, set: "throttling.alertStormProtection.enabled=true", source: "SECMP0062 Part 1 live [F]"}
 *     - {until: 2020-06-01, set: "population.cohorts[3].alerts[0].start=366d", source: "silent before its fix [A]"}
 *   laneCost: {perMonth: 25000, currency: GBP, source: "[A] ..."}   # optional: what a lane costs a month
 * </pre>
 * Month {@code m}'s scenario is the file's with: the regions' hubs set to the installed base on its
 * representative day, split between the regions as the file splits them; the cohorts' shares moved
 * as installs stop (a stopped cohort keeps its share of the installed base on its stop date, the
 * others share the rest in proportion to their shares in the file, whose sum is kept); the start
 * date set to the representative day; with {@code smets1Installed}, each migration event's
 * {@code installedBefore} set to its even part of the SMETS1 installations on the representative day
 * (the scenario must have a migration event); and every event dated on or before that day, in the
 * order written. The file's {@code population.scale} still applies, so a plan can run as a miniature.
 * Immutable.
 */
public record DatedPlan(YearMonth from, YearMonth to, int day, List<Installed> installedHubs, List<Stop> installsStop,
                        List<Installed> smets1Installed, List<Change> events, LaneCost laneCost) {
    /** What a motorway lane costs a month, in a currency, and where the figure comes from (null in a plan: not given). */
    public record LaneCost(double perMonth, String currency, String source) {
        /** The cost of {@code laneMonths} lane-months, written with the currency. */
        public String format(double laneMonths) {
            return String.format(Locale.ROOT, "%,.0f %s", perMonth * laneMonths, currency);
        }
    }

    /** The installed base on a date (hubs, or SMETS1 installations). */
    public record Installed(LocalDate at, double hubs) {
    }

    /** A cohort whose installs stop on a date. */
    public record Stop(String cohort, LocalDate at) {
    }

    /**
     * A dated change: a {@code --set} assignment from {@code at} on or, written with {@code until},
     * on every day before {@code until} (what held before a fix whose after is the file's value); the
     * other date is null. And where the change and its date come from.
     */
    public record Change(LocalDate at, LocalDate until, String set, String source) {
        /** Whether the change holds on day {@code d}. */
        public boolean holdsOn(LocalDate d) {
            return at != null ? !at.isAfter(d) : d.isBefore(until);
        }

        /** Its date as written: {@code 2020-05-06}, or {@code until 2020-06-01}. */
        public String when() {
            return at != null ? at.toString() : "until " + until;
        }
    }

    /** One month of the plan: its name, representative day, installed base, cohort shares, overrides and the events in force. */
    public record Month(String name, LocalDate day, long hubs, double[] shares, List<String> assignments, List<Change> inForce) {
    }

    /** The most months a plan may hold (50 years). */
    public static final int MAX_MONTHS = 600;

    /** The {@code plan:} section of {@code file}, whose scenario is {@code sc}; null when it has none. */
    public static DatedPlan of(Path file, DccScenario sc) throws InvalidScenarioException {
        List<Problem> problems = new ArrayList<>();
        List<String> ids = sc.population().cohorts().stream().map(DccPopulation.Cohort::id).toList();
        Node section = ScenarioLoader.section(file, "plan");
        DatedPlan p = fromSection(section, ids, problems);
        if (p != null && !p.smets1Installed().isEmpty() && !sc.hasMigrations()) {
            Node n = ((Node.MapNode) section).get("smets1Installed");
            problems.add(new Problem(n.location(), "plan.smets1Installed", null,
                    "the scenario has no migration event to carry the SMETS1 installations; add one under events (type: migration)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return p;
    }

    /** The plan's months for scenario {@code sc} (its regions' hubs and cohorts as written). */
    public List<Month> months(DccScenario sc) {
        List<Month> out = new ArrayList<>();
        List<Integer> waves = migrationEvents(sc);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            LocalDate d = m.atDay(Math.min(day, m.lengthOfMonth()));
            out.add(month(m, d, sc.population().regions(), sc.population().cohorts(), waves));
        }
        return out;
    }

    /** The indices of the scenario's migration events (SMETS1 waves). */
    private static List<Integer> migrationEvents(DccScenario sc) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < sc.events().size(); i++) {
            if (sc.events().get(i) instanceof DccEvent.Migration) {
                out.add(i);
            }
        }
        return out;
    }

    private Month month(YearMonth m, LocalDate d, Map<String, Long> regionHubs, List<DccPopulation.Cohort> cohorts, List<Integer> waves) {
        long hubs = Math.round(installedOn(d));
        List<String> set = new ArrayList<>();
        set.add("start=" + d);
        long fileTotal = regionHubs.values().stream().mapToLong(Long::longValue).sum();
        long left = hubs;
        List<String> regions = new ArrayList<>(regionHubs.keySet());
        for (int i = 0; i < regions.size(); i++) {
            String r = regions.get(i);
            long n = i == regions.size() - 1 ? left : Math.round(hubs * (double) regionHubs.get(r) / fileTotal);
            left -= n;
            set.add("population.regions." + r + "=" + n);
        }
        double[] shares = shares(d, hubs, cohorts);
        for (int c = 0; c < cohorts.size(); c++) {
            if (shares[c] != cohorts.get(c).share()) {
                set.add("population.cohorts[" + c + "].share=" + shares[c]);
            }
        }
        if (!smets1Installed.isEmpty() && !waves.isEmpty()) {
            long smets1 = Math.round(interpolate(smets1Installed, d));
            long leftS1 = smets1;
            for (int i = 0; i < waves.size(); i++) {
                long n = i == waves.size() - 1 ? leftS1 : smets1 / waves.size();
                leftS1 -= n;
                set.add("events[" + waves.get(i) + "].installedBefore=" + n);
            }
        }
        List<Change> inForce = new ArrayList<>();
        for (Change e : events) {
            if (e.holdsOn(d)) {
                inForce.add(e);
                set.add(e.set());
            }
        }
        return new Month(m.toString(), d, hubs, shares, set, inForce);
    }

    /** The installed base on {@code d}: linear between the dated figures, the first before them, the last after. */
    public double installedOn(LocalDate d) {
        return interpolate(installedHubs, d);
    }

    /** The SMETS1 installations on {@code d} (0 when the plan gives none), linear as the hubs are. */
    public double smets1On(LocalDate d) {
        return smets1Installed.isEmpty() ? 0 : interpolate(smets1Installed, d);
    }

    private static double interpolate(List<Installed> points, LocalDate d) {
        Installed first = points.get(0);
        if (!d.isAfter(first.at())) {
            return first.hubs();
        }
        for (int i = 1; i < points.size(); i++) {
            Installed a = points.get(i - 1);
            Installed b = points.get(i);
            if (!d.isAfter(b.at())) {
                double f = ChronoUnit.DAYS.between(a.at(), d) / (double) ChronoUnit.DAYS.between(a.at(), b.at());
                return a.hubs() + f * (b.hubs() - a.hubs());
            }
        }
        return points.get(points.size() - 1).hubs();
    }

    /** Each cohort's share on {@code d}: stopped ones keep their hubs of the stop date, the rest share what is left. */
    private double[] shares(LocalDate d, long hubs, List<DccPopulation.Cohort> cohorts) {
        int n = cohorts.size();
        double[] out = new double[n];
        double fileSum = 0;
        double runningSum = 0;
        double stoppedHubs = 0;
        boolean anyStopped = false;
        for (int c = 0; c < n; c++) {
            double s = cohorts.get(c).share();
            fileSum += s;
            LocalDate stop = stopOf(cohorts.get(c).id());
            if (stop != null && stop.isBefore(d)) {
                double kept = Math.min(s * installedOn(stop), s * hubs);
                stoppedHubs += kept;
                out[c] = hubs > 0 ? kept / hubs : s;
                anyStopped = true;
            } else {
                runningSum += s;
                out[c] = -1;
            }
        }
        double rest = hubs > 0 ? Math.max(0, fileSum - stoppedHubs / hubs) : 0;
        for (int c = 0; c < n; c++) {
            if (out[c] < 0) {
                out[c] = anyStopped && runningSum > 0 ? rest * cohorts.get(c).share() / runningSum : cohorts.get(c).share();
            }
        }
        return out;
    }

    private LocalDate stopOf(String cohort) {
        for (Stop s : installsStop) {
            if (s.cohort().equals(cohort)) {
                return s.at();
            }
        }
        return null;
    }

    /** A line for each month: its name, day and installed base, and the events in force (their sources). */
    public static String describe(Month m) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s (%s, %,d hubs", m.name(), m.day(), m.hubs()));
        for (Change c : m.inForce()) {
            b.append("; ").append(c.source().isEmpty() ? c.set() : c.source());
        }
        return b.append(')').toString();
    }

    /**
     * The plan of a file's {@code plan:} section (null when it has none); problems found are added
     * to {@code problems} with their place in the file, against the scenario's cohort ids.
     */
    public static DatedPlan fromSection(Node section, List<String> cohortIds, List<Problem> problems) {
        if (section == null) {
            return null;
        }
        if (!(section instanceof Node.MapNode m)) {
            problems.add(new Problem(section.location(), "plan", section.show(),
                    "write plan: {months: {from: YYYY-MM, to: YYYY-MM}, installedHubs: [{at: YYYY-MM-DD, hubs: N}], events: [...]}"));
            return null;
        }
        int before = problems.size();
        for (String key : m.entries().keySet()) {
            if (!List.of("months", "day", "installedHubs", "installsStop", "smets1Installed", "events", "laneCost").contains(key)) {
                problems.add(new Problem(m.keyLocations().get(key), "plan." + key, null,
                        "unknown field; allowed: months, day, installedHubs, installsStop, smets1Installed, events, laneCost"));
            }
        }
        YearMonth[] span = months(m.get("months"), m.location(), problems);
        int day = day(m.get("day"), problems);
        List<Installed> installed = installed(m.get("installedHubs"), m.location(), problems, "installedHubs", "hubs");
        List<Installed> smets1 = m.get("smets1Installed") == null ? List.of()
                : installed(m.get("smets1Installed"), m.location(), problems, "smets1Installed", "installations");
        List<Stop> stops = stops(m.get("installsStop"), cohortIds, problems);
        List<Change> changes = changes(m.get("events"), problems);
        LaneCost cost = laneCost(m.get("laneCost"), problems);
        if (problems.size() > before) {
            return null;
        }
        return new DatedPlan(span[0], span[1], day, installed, stops, smets1, changes, cost);
    }

    private static YearMonth[] months(Node n, Location parent, List<Problem> problems) {
        YearMonth[] out = {YearMonth.of(2020, 1), YearMonth.of(2020, 1)};
        if (!(n instanceof Node.MapNode m) || m.get("from") == null || m.get("to") == null) {
            problems.add(new Problem(n == null ? parent : n.location(), "plan.months", n == null ? null : n.show(),
                    "the plan's first and last month, e.g. {from: 2019-10, to: 2020-12}"));
            return out;
        }
        out[0] = yearMonth(m.get("from"), "plan.months.from", problems);
        out[1] = yearMonth(m.get("to"), "plan.months.to", problems);
        if (out[0] != null && out[1] != null) {
            long count = ChronoUnit.MONTHS.between(out[0], out[1]) + 1;
            if (count < 1 || count > MAX_MONTHS) {
                problems.add(new Problem(m.location(), "plan.months", out[0] + " to " + out[1],
                        "allowed: 'to' on or after 'from', at most " + MAX_MONTHS + " months"));
            }
        }
        return out;
    }

    private static YearMonth yearMonth(Node n, String path, List<Problem> problems) {
        String t = text(n);
        try {
            return YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(n.location(), path, n.show(), "a month written YYYY-MM, e.g. 2020-01"));
            return null;
        }
    }

    private static LocalDate date(Node n, String path, List<Problem> problems) {
        String t = text(n);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(n.location(), path, n == null ? null : n.show(), "a date written YYYY-MM-DD, e.g. 2020-05-06"));
            return LocalDate.of(2020, 1, 1);
        }
    }

    private static int day(Node n, List<Problem> problems) {
        if (n == null) {
            return 15;
        }
        try {
            int d = Integer.parseInt(text(n));
            if (d >= 1 && d <= 31) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(n.location(), "plan.day", n.show(),
                "allowed: the day of each month that represents it, 1 to 31 (the last day in a shorter month)"));
        return 15;
    }

    private static List<Installed> installed(Node n, Location parent, List<Problem> problems, String field, String what) {
        List<Installed> out = new ArrayList<>();
        if (!(n instanceof Node.ListNode l) || l.items().isEmpty()) {
            problems.add(new Problem(n == null ? parent : n.location(), "plan." + field, n == null ? null : n.show(),
                    "a list of the installed base on dates, at least one, e.g. [{at: 2020-02-26, " + what + ": 4000000}]"));
            return out;
        }
        for (int i = 0; i < l.items().size(); i++) {
            String path = "plan." + field + "[" + i + "]";
            Node.MapNode e = entry(l.items().get(i), path, List.of("at", what), problems);
            if (e == null) {
                continue;
            }
            LocalDate at = date(e.get("at"), path + ".at", problems);
            double hubs = number(e.get(what), path + "." + what, problems);
            if (!out.isEmpty() && !at.isAfter(out.get(out.size() - 1).at())) {
                problems.add(new Problem(e.get("at").location(), path + ".at", at.toString(), "allowed: dates in order, each after the one before"));
            }
            out.add(new Installed(at, hubs));
        }
        return out;
    }

    private static List<Stop> stops(Node n, List<String> cohortIds, List<Problem> problems) {
        List<Stop> out = new ArrayList<>();
        for (Node.MapNode e : list(n, "plan.installsStop", problems)) {
            String path = "plan.installsStop[" + out.size() + "]";
            if (entry(e, path, List.of("cohort", "at"), problems) == null) {
                out.add(new Stop("", LocalDate.MIN));
                continue;
            }
            String id = text(e.get("cohort"));
            if (!cohortIds.contains(id)) {
                problems.add(new Problem(e.get("cohort").location(), path + ".cohort", e.get("cohort").show(), "allowed: a cohort id, one of " + cohortIds));
            }
            out.add(new Stop(id, date(e.get("at"), path + ".at", problems)));
        }
        return out;
    }

    private static List<Change> changes(Node n, List<Problem> problems) {
        List<Change> out = new ArrayList<>();
        for (Node.MapNode e : list(n, "plan.events", problems)) {
            String path = "plan.events[" + out.size() + "]";
            String date = e.get("until") != null && e.get("at") == null ? "until" : "at";
            if (entry(e, path, List.of(date, "set"), problems) == null) {
                out.add(new Change(LocalDate.MIN, null, "", ""));
                continue;
            }
            String set = text(e.get("set"));
            if (!set.contains("=") || set.startsWith("=")) {
                problems.add(new Problem(e.get("set").location(), path + ".set", e.get("set").show(), "a scenario assignment PATH=VALUE, as --set takes"));
            }
            Node src = e.get("source");
            LocalDate when = date(e.get(date), path + "." + date, problems);
            out.add(new Change(date.equals("at") ? when : null, date.equals("at") ? null : when, set, src == null ? "" : text(src)));
        }
        return out;
    }

    private static LaneCost laneCost(Node n, List<Problem> problems) {
        if (n == null) {
            return null;
        }
        Node.MapNode e = entry(n, "plan.laneCost", List.of("perMonth", "currency"), problems);
        if (e == null) {
            return null;
        }
        Node src = e.get("source");
        return parseCost(text(e.get("perMonth")), text(e.get("currency")), src == null ? "" : text(src), e.get("perMonth").location(),
                "plan.laneCost.perMonth", problems);
    }

    /** A lane's cost a month; a problem (with {@code where} and {@code path}) when it is not a number from 0 to 1e12. */
    public static LaneCost parseCost(String perMonth, String currency, String source, Location where, String path, List<Problem> problems) {
        try {
            double v = Double.parseDouble(perMonth);
            if (v >= 0 && v <= 1e12) {
                return new LaneCost(v, currency.isBlank() ? "GBP" : currency, source);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(where, path, perMonth, "allowed: what one lane costs a month, a number from 0 to 1e12"));
        return null;
    }

    private static List<Node.MapNode> list(Node n, String path, List<Problem> problems) {
        List<Node.MapNode> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof Node.ListNode l)) {
            problems.add(new Problem(n.location(), path, n.show(), "a list of mappings"));
            return out;
        }
        for (Node item : l.items()) {
            if (item instanceof Node.MapNode m) {
                out.add(m);
            } else {
                problems.add(new Problem(item.location(), path, item.show(), "a mapping"));
            }
        }
        return out;
    }

    /** {@code n} as a mapping with every one of {@code required} and, besides them, only a {@code source}; null when not. */
    private static Node.MapNode entry(Node n, String path, List<String> required, List<Problem> problems) {
        if (!(n instanceof Node.MapNode m)) {
            problems.add(new Problem(n.location(), path, n.show(), "a mapping with " + required));
            return null;
        }
        boolean ok = true;
        for (String key : required) {
            if (!(m.get(key) instanceof Node.ScalarNode)) {
                Location at = m.get(key) == null ? m.location() : m.get(key).location();
                problems.add(new Problem(at, path + "." + key, null, "required: a single value"));
                ok = false;
            }
        }
        for (String key : m.entries().keySet()) {
            if (!required.contains(key) && !key.equals("source")) {
                problems.add(new Problem(m.keyLocations().get(key), path + "." + key, null, "unknown field; allowed: " + required + " and source"));
                ok = false;
            }
        }
        return ok ? m : null;
    }

    private static double number(Node n, String path, List<Problem> problems) {
        try {
            double v = Double.parseDouble(text(n));
            if (v >= 0 && v <= 1e9) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(n.location(), path, n.show(), "allowed: a number (of hubs or installations) from 0 to 1e9"));
        return 0;
    }

    private static String text(Node n) {
        return n instanceof Node.ScalarNode s ? s.text().trim() : "";
    }
}
