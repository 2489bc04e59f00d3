package org.stormsim.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stormsim.dcc.Growth;
import org.stormsim.scenario.DccEvent;
import org.stormsim.scenario.DccNetwork;
import org.stormsim.scenario.DccPopulation;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccUser;
import org.stormsim.scenario.DeviceSeries;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.PopulationScale;
import org.stormsim.scenario.Routing;
import org.stormsim.scenario.Scenario;
import org.stormsim.scenario.StationSpec;
import org.stormsim.scenario.Trace;

/**
 * What one run of a scenario will cost, estimated from the resolved scenario before anything is
 * built: messages, events, the heap at its peak, the bytes written and the processor time. The
 * estimate is a fluid model: every volume at its mean rate over the horizon (growth curves
 * averaged), pushed through each capacity in turn; a stage offered more than it serves holds the
 * difference, growing over the horizon, up to its waiting room (beyond it the messages are lost and
 * hold nothing). It ignores what only lowers the load (SECMP0062 suppression, SECMP0067 refusals,
 * a cohort's later start), so it errs on the side of more. The per-message, per-event and
 * per-interval constants are measured (docs/performance.md, "The cost model"); {@code CostModelTest}
 * checks the estimate against measured runs within the factors stated there. Stateless.
 *
 * @param messages messages created in the run (alerts, Service Requests and their responses, customers)
 * @param events   events the kernel will process
 * @param inFlight the messages held in queues at their fullest (queues offered more than they serve grow to the horizon)
 * @param heapBytes the heap one replication needs at its peak
 * @param diskBytes the bytes of the run's output files
 * @param cpuSeconds the processor time of one replication
 * @param terms    the parts of the heap estimate, largest first, each with the field that drives it
 */
public record Cost(double messages, double events, double inFlight, double heapBytes, double diskBytes, double cpuSeconds, List<Term> terms) {
    /** The heap of a run's fixed parts: the JVM's own, the catalogues, the model's tables, the kernel's rings. */
    static final double BASE_HEAP_BYTES = 96e6;
    /**
     * The heap of one message held: its 128-byte record in the {@code Messages} array (its queue link
     * included), which doubles when full, so that between one and two records are allocated per
     * message held, and three while the old array is copied into the new.
     */
    static final double BYTES_PER_MESSAGE = 300;
    /** The heap of one interval of time series in replication 0 (the sampler's columns, the interval latency log). */
    static final double HEAP_BYTES_PER_INTERVAL = 6_000;
    /** The bytes written per interval of time series (timeseries.csv, latency.hlog, report.html). */
    static final double DISK_BYTES_PER_INTERVAL = 2_500;
    /** The bytes written whatever the horizon (summary.json, the report's fixed parts). */
    static final double DISK_BYTES_FIXED = 400_000;
    /**
     * Events per alert (every stage it passes is an event: HAN, uplink, CSP, DSP, lane, intake);
     * measured: 22.7 million events for 2.85 million alerts and 0.30 million Service Requests in a
     * quickstart day.
     */
    static final double EVENTS_PER_ALERT = 6.5;
    /** Events per Service Request (down and back up: HAN, device, downlink, uplink, DSP each way). */
    static final double EVENTS_PER_REQUEST = 14;
    /** Events per customer visit to a queue, delay or token bucket of a network scenario (its arrival and its departure). */
    static final double EVENTS_PER_VISIT = 2;
    /** Events a second of one kernel thread on a dcc scenario (measured: 3.7 to 4.8 million on the GB days alone, less with
     * two threads on two cores; taken low, so the time errs long). */
    static final double DCC_EVENTS_PER_SECOND = 2.5e6;
    /** Events a second of one kernel thread on a network scenario (measured: 20 to 28 million on the M/M/1; taken low). */
    static final double NETWORK_EVENTS_PER_SECOND = 10e6;
    /** The fluid's most steps: an hour each up to 200,000 hours (about 23 years), else the horizon in this many. */
    private static final int FLUID_STEPS = 200_000;
    private static final double DAY = 86_400;
    private static final double MONTH = 30.436875 * DAY;

    /** One part of the heap estimate: what it is, the scenario field that drives it, and its bytes. */
    public record Term(String what, String field, double bytes) {
    }

    /** The estimate of one run of {@code scenario} keeping {@code seriesInterval} microseconds of series (0: none). */
    public static Cost of(Scenario scenario, long seriesInterval) {
        double horizon = scenario.duration().micros() / 1e6;
        double intervals = seriesInterval > 0 ? Math.ceil(scenario.duration().micros() / (double) seriesInterval) : 0;
        Flow flow = scenario.accept(new Scenario.Visitor<Flow>() {
            @Override
            public Flow dcc(DccScenario s) {
                return dccFlow(PopulationScale.apply(s), horizon);
            }

            @Override
            public Flow network(NetworkScenario s) {
                return networkFlow(s, horizon);
            }
        });
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("the run's fixed parts", "", BASE_HEAP_BYTES));
        terms.add(new Term(String.format(Locale.ROOT, "%,.0f message(s) waiting in queues at their fullest", flow.held), flow.heldDriver,
                flow.held * BYTES_PER_MESSAGE));
        terms.add(new Term(String.format(Locale.ROOT, "%,.0f interval(s) of time series", intervals), "--interval", intervals * HEAP_BYTES_PER_INTERVAL));
        terms.sort(Comparator.comparingDouble(Term::bytes).reversed());
        double heap = terms.stream().mapToDouble(Term::bytes).sum();
        double disk = DISK_BYTES_FIXED + intervals * DISK_BYTES_PER_INTERVAL;
        return new Cost(flow.messages, flow.events, flow.held, heap, disk, flow.events / flow.eventsPerSecond, List.copyOf(terms));
    }

    /** The field that drives the heap estimate: the largest term's. */
    public Term largest() {
        return terms.get(0);
    }

    /** The line {@code validate}, {@code explain} and a run print: the estimate in a user's units. */
    public String describe(int replications, int threads) {
        int parallel = Math.max(1, Math.min(replications, threads));
        return String.format(Locale.ROOT, "estimate: %s message(s), %s event(s) a replication; heap %s (%d at once: %s); disk %s; about %s of processor "
                + "time a replication (%s on %d thread(s) for %d replication(s))", count(messages), count(events), bytes(heapBytes), parallel,
                bytes(heapBytes * parallel), bytes(diskBytes), seconds(cpuSeconds), seconds(cpuSeconds * Math.ceil(replications / (double) parallel)),
                parallel, replications);
    }

    /** A count in units, millions or billions. */
    public static String count(double n) {
        return n < 1e6 ? String.format(Locale.ROOT, "%,.0f", n) : n < 1e9 ? String.format(Locale.ROOT, "%.1f million", n / 1e6)
                : String.format(Locale.ROOT, "%.3g billion", n / 1e9);
    }

    /** Bytes in MB, GB or TB. */
    public static String bytes(double b) {
        if (b < 1e6) {
            return String.format(Locale.ROOT, "%.0f kB", b / 1e3);
        }
        return b < 1e9 ? String.format(Locale.ROOT, "%.0f MB", b / 1e6) : b < 1e12 ? String.format(Locale.ROOT, "%.1f GB", b / 1e9)
                : String.format(Locale.ROOT, "%.3g TB", b / 1e12);
    }

    /** Seconds as seconds, minutes, hours or days. */
    public static String seconds(double s) {
        if (s < 120) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        return s < 2 * DAY ? String.format(Locale.ROOT, "%.1f h", s / 3600) : String.format(Locale.ROOT, "%.3g days", s / DAY);
    }

    /** The fluid model's totals: messages, events and the messages held at the horizon, with the field that drives those. */
    private record Flow(double messages, double events, double held, String heldDriver, double eventsPerSecond) {
    }

    /** Held messages per stage, the largest kept with its field. */
    private static final class Holding {
        double total;
        double largest = -1;
        String driver = "";

        /** A stage offered {@code offered} a second, serving {@code served}, with {@code room} waiting room, over {@code horizon}; what it passes on. */
        double stage(double offered, double served, double room, double horizon, String field) {
            double held = Math.min(Math.max(0, offered - served) * horizon, room);
            total += held;
            if (held > largest) {
                largest = held;
                driver = field;
            }
            return Math.min(offered, served);
        }
    }

    /**
     * The GB network's fluid: each region's alerts hour by hour (each process at its rate, its daily
     * profile and the growth in force) through that region's uplink, then the DSP's servers (less
     * what the Service Requests take of them, each way) and the motorway lanes; the messages held are
     * the queues' contents at their fullest moment.
     */
    private static Flow dccFlow(DccScenario s, double horizon) {
        int regions = DccScenario.REGIONS.size();
        double[][] hourly = new double[regions][24]; // alerts a second, by region and hour of the day, before growth
        String alertDriver = "population.regions";
        double largestProcess = -1;
        List<DccPopulation.Cohort> cohorts = s.population().cohorts();
        for (int c = 0; c < cohorts.size(); c++) {
            DccPopulation.Cohort cohort = cohorts.get(c);
            for (int a = 0; a < cohort.alerts().size(); a++) {
                DccPopulation.AlertProcess p = cohort.alerts().get(a);
                double all = 0;
                for (int r = 0; r < regions; r++) {
                    String region = DccScenario.REGIONS.get(r);
                    if (cohort.inRegion(region)) {
                        double rate = s.population().hubs(region) * cohort.share() * cohort.devices(p.device()) * p.ratePerDevice().perSecond();
                        for (int h = 0; h < 24; h++) {
                            hourly[r][h] += rate * p.profile().weight(h);
                        }
                        all += rate;
                    }
                }
                if (all > largestProcess) {
                    largestProcess = all;
                    alertDriver = "population.cohorts[" + c + "].alerts[" + a + "].ratePerDevice";
                }
            }
        }
        double hubs = 0;
        for (String r : DccScenario.REGIONS) {
            hubs += s.population().hubs(r);
        }
        double requestRate = 0;
        for (DccUser u : s.users()) {
            DccUser.Requests q = u.serviceRequests();
            if (q != null) {
                requestRate += q.ratePerHub() != null ? q.ratePerHub().perSecond() * hubs : q.rate().perSecond();
            }
        }
        double extra = eventAlerts(s, horizon) - smets1Messages(s, horizon);
        Fluid f = new Fluid(s, regions, requestRate, extra / horizon);
        double raised = f.run(hourly, horizon);
        double tests = s.network().testCommandsPerHubPerMonth() * hubs * horizon / MONTH;
        double requests = requestRate * horizon;
        double messages = raised + tests + requests * 2;
        double events = raised * EVENTS_PER_ALERT + (requests + tests) * EVENTS_PER_REQUEST;
        String driver = f.driver();
        if (driver.equals("dsp.lanes") && largestProcess > 0) {
            driver = alertDriver + " (against dsp.lanes)";
        }
        return new Flow(messages, events, f.peak, driver, DCC_EVENTS_PER_SECOND);
    }

    /** The GB network's alert queues as a fluid, stepped an hour at a time (coarser past {@value #FLUID_STEPS} steps). */
    private static final class Fluid {
        private final Growth growth;
        private final double[] uplinkServes;
        private final double[] uplinkRoom;
        private final double dspServes;
        private final double lanesServes;
        private final double extraRate;
        /** The SMETS1 waves, whose alerts and migrations go over the S1SP (not an uplink), and what the S1SP serves a second. */
        private final List<DccEvent.Migration> waves = new ArrayList<>();
        private final double s1spServes;
        private final double[] queue; // uplinks by region, then the DSP, then the lanes
        double peak;
        private final double[] atPeak;

        Fluid(DccScenario s, int regions, double requestRate, double extraRate) {
            growth = new Growth(s.events());
            uplinkServes = new double[regions];
            uplinkRoom = new double[regions];
            for (int r = 0; r < regions; r++) {
                DccNetwork.Region g = s.network().region(DccScenario.REGIONS.get(r));
                uplinkServes[r] = g.uplinkChannels() / (g.uplinkAlertService().mean() / 1e6);
                uplinkRoom[r] = g.uplinkCapacity().limit();
            }
            double dsp = s.dsp().servers() / Math.max(s.dsp().alertService().mean() / 1e6, 1e-12);
            dspServes = Math.max(0, dsp - 2 * requestRate * s.dsp().requestService().mean() / Math.max(s.dsp().alertService().mean(), 1e-12));
            lanesServes = s.dsp().lanes() / (s.dsp().laneService().mean() / 1e6);
            this.extraRate = extraRate;
            for (DccEvent e : s.events()) {
                if (e instanceof DccEvent.Migration m) {
                    waves.add(m);
                }
            }
            DccNetwork.Smets1 s1 = s.network().smets1();
            s1spServes = s1.servers() / Math.max(s1.alertService().mean() / 1e6, 1e-12);
            queue = new double[regions + 3]; // uplinks by region, the DSP, the lanes, the S1SP
            atPeak = queue.clone();
        }

        /** Steps the fluid over the horizon; returns the alerts raised. */
        double run(double[][] hourly, double horizon) {
            int regions = uplinkServes.length;
            boolean byHour = horizon / 3600 <= FLUID_STEPS;
            double dt = byHour ? 3600 : horizon / FLUID_STEPS;
            double[] mean = new double[regions];
            for (int r = 0; r < regions; r++) {
                for (int h = 0; h < 24; h++) {
                    mean[r] += hourly[r][h] / 24;
                }
            }
            double raised = 0;
            for (double t = 0; t < horizon; t += dt) {
                double step = Math.min(dt, horizon - t);
                double factor = growth.factorAt((long) (t * 1e6));
                int hour = (int) ((long) (t / 3600) % 24);
                double toDsp = 0;
                for (int r = 0; r < regions; r++) {
                    double in = ((byHour ? hourly[r][hour] : mean[r]) * factor + extraRate / regions) * step;
                    raised += in;
                    toDsp += pass(r, in, uplinkServes[r] * step, uplinkRoom[r]);
                }
                double s1 = smets1(t, step, factor);
                raised += s1;
                toDsp += pass(regions + 2, s1, s1spServes * step, Double.MAX_VALUE);
                double toLanes = pass(regions, toDsp, dspServes * step, Double.MAX_VALUE);
                pass(regions + 1, toLanes, lanesServes * step, Double.MAX_VALUE);
                double held = 0;
                for (double q : queue) {
                    held += q;
                }
                if (held > peak) {
                    peak = held;
                    System.arraycopy(queue, 0, atPeak, 0, queue.length);
                }
            }
            return raised;
        }

        /** The SMETS1 alerts (installations at the step's start, at their rate and the growth) and migrations of a step. */
        private double smets1(double t, double step, double factor) {
            double n = 0;
            long from = (long) (t * 1e6);
            long to = (long) ((t + step) * 1e6);
            for (DccEvent.Migration w : waves) {
                n += w.installedAt(from) * w.alertRatePerInstallation().perSecond() * factor * step + w.attemptedBy(to) - w.attemptedBy(from);
            }
            return n;
        }

        /** Stage {@code k} offered {@code in} messages in a step in which it can serve {@code serves}; what it passes on. */
        private double pass(int k, double in, double serves, double room) {
            double q = queue[k] + in;
            double out = Math.min(q, serves);
            queue[k] = Math.min(q - out, room); // beyond its waiting room a message is lost, and held nowhere
            return out;
        }

        /** The field of the stage that held most at the peak. */
        String driver() {
            int regions = uplinkServes.length;
            int k = 0;
            for (int i = 1; i < atPeak.length; i++) {
                if (atPeak[i] > atPeak[k]) {
                    k = i;
                }
            }
            if (k < regions) {
                return "network.regions." + DccScenario.REGIONS.get(k) + ".uplinkChannels";
            }
            return k == regions ? "dsp.servers" : k == regions + 1 ? "dsp.lanes" : "network.smets1.servers";
        }
    }

    /** The SMETS1 waves' migrations and alerts over the horizon: what the S1SP carries. */
    private static double smets1Messages(DccScenario s, double horizon) {
        double n = 0;
        for (DccEvent e : s.events()) {
            if (e instanceof DccEvent.Migration m) {
                double after = Math.max(0, horizon - m.at().micros() / 1e6);
                double attempted = Math.min(m.total(), m.perDay() * after / DAY);
                n += attempted + m.installationSeconds((long) (horizon * 1e6)) * m.alertRatePerInstallation().perSecond();
            }
        }
        return n;
    }

    /** Alerts of the scenario's events and replay over the horizon (outages, restorations, migrations, a trace). */
    private static double eventAlerts(DccScenario s, double horizon) {
        double n = 0;
        for (DccEvent e : s.events()) {
            if (e instanceof DccEvent.PowerOutage o) {
                n += 3.0 * o.hubs(); // the outage alert, the restoration alert, the re-registration
            }
        }
        n += smets1Messages(s, horizon); // the migrations and their alerts
        if (s.replay() != null && s.replay().trace() != null) {
            Trace t = s.replay().trace();
            double interval = s.replay().interval().micros() / 1e6;
            for (Trace.Series x : t.series()) {
                for (int k = 0; k < x.counts().length; k++) {
                    n += x.counts()[k] * s.population().scale() * within(k * interval, interval, horizon);
                }
            }
            java.time.LocalDate first = s.start().date();
            long month0 = first.getYear() * 12L + first.getMonthValue() - 1;
            double offset = (first.getDayOfMonth() - 1) * DAY; // the run starts this far into its first month
            for (DeviceSeries d : t.deviceSeries()) {
                for (int k = 0; k < d.rows(); k++) {
                    double share = d.monthly() ? within((d.starts()[k] - month0) * MONTH - offset, MONTH, horizon)
                            : within(d.starts()[k] * interval, interval, horizon);
                    n += d.counts()[k] * s.population().scale() * share;
                }
            }
        }
        return n;
    }

    /** The share of a period of {@code length} seconds from {@code from} that falls within the horizon {@code [0, horizon)}. */
    private static double within(double from, double length, double horizon) {
        return Math.max(0, Math.min(from + length, horizon) - Math.max(from, 0)) / length;
    }

    /** The traffic equations of a network scenario, solved by iteration, with each station's capacity applied. */
    private static Flow networkFlow(NetworkScenario s, double horizon) {
        List<StationSpec> stations = s.stations();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            index.put(stations.get(i).id(), i);
        }
        int n = stations.size();
        double[] external = new double[n];
        double created = 0;
        for (int i = 0; i < n; i++) {
            if (stations.get(i) instanceof StationSpec.Source src) {
                external[i] = src.rate() != null ? src.rate().perSecond() : 1e6 / src.interarrival().mean();
                created += external[i] * horizon;
            }
        }
        double[] in = external.clone();
        double[] out = new double[n];
        for (int round = 0; round < 10 * n + 100; round++) {
            double[] next = external.clone();
            for (int i = 0; i < n; i++) {
                out[i] = Math.min(in[i], capacity(stations.get(i)));
                Routing to = stations.get(i).to();
                if (to != null) {
                    for (Routing.Target t : to.targets()) {
                        Integer j = index.get(t.to());
                        if (j != null) {
                            next[j] += out[i] * t.weight() / to.totalWeight();
                        }
                    }
                }
            }
            in = next;
        }
        Holding holding = new Holding();
        double visits = 0;
        for (int i = 0; i < n; i++) {
            StationSpec st = stations.get(i);
            if (!(st instanceof StationSpec.Source) && !(st instanceof StationSpec.Sink)) {
                visits += (in[i] + Math.min(in[i], capacity(st))) * horizon / 2; // an arrival for each, a departure for each served
            }
            holding.stage(in[i], capacity(st), room(st), horizon, "stations[" + i + "] (" + st.id() + ")");
            if (st instanceof StationSpec.Delay d) {
                holding.total += in[i] * d.delay().mean() / 1e6; // Little's law: those in the delay at any time
            }
        }
        return new Flow(created, visits * EVENTS_PER_VISIT, holding.total, holding.driver, NETWORK_EVENTS_PER_SECOND);
    }

    /** Customers a second a station can pass on. */
    private static double capacity(StationSpec st) {
        if (st instanceof StationSpec.Queue q) {
            return q.servers() / Math.max(q.service().mean() / 1e6, 1e-12);
        }
        if (st instanceof StationSpec.TokenBucket b) {
            return b.rate().perSecond();
        }
        return Double.MAX_VALUE;
    }

    /** Customers a station can hold waiting beyond what it serves. */
    private static double room(StationSpec st) {
        if (st instanceof StationSpec.Queue q) {
            return q.capacity().limit();
        }
        if (st instanceof StationSpec.TokenBucket b) {
            return b.onEmpty() == StationSpec.OnEmpty.WAIT ? b.capacity().limit() : 0;
        }
        return Double.MAX_VALUE;
    }
}
