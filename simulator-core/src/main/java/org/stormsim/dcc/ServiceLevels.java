package org.stormsim.dcc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.ServiceCategory;
import org.stormsim.engine.SimTime;
import org.stormsim.metrics.LatencyRecorder;
import org.stormsim.scenario.CalendarDate;
import org.stormsim.scenario.DccMeasure;
import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.DccSla;
import org.stormsim.scenario.DccUser;
import org.stormsim.scenario.MeasurePoint;

/**
 * The Service Level measures of a GB run, computed from the outcome records on the metrics thread:
 * each measure counts the messages whose time from its start point to its stop point is within its
 * Target Response Time, per region, per User, over the whole run, each day and each calendar month
 * (a message falls in the period of its start point), and what it leaves out, by cause. A message
 * counts when its start point is at or after the warm-up. A message that passed the start point and
 * ended before the stop point (lost, timed out, rejected, failed, abandoned) counts as measured and
 * not within; one that never reached the start point, or that the rules took out (suppressed by
 * SECMP0062, refused by SECMP0067), is left out and counted under its cause. The built-in measures
 * follow the SEC (docs/model.md, "Where a Service Level is measured"); a scenario adds more. Owned by
 * the metrics consumer thread; read after the ring is closed.
 */
public final class ServiceLevels {
    /** What a measure counts: alert deliveries, request attempts, requests across their attempts, CSP test commands. */
    public enum Subject { DELIVERIES, ATTEMPTS, REQUESTS, TEST_COMMANDS }

    /** Why a message is left out of a measure. */
    public enum Exclusion {
        /** Suppressed by SECMP0062 storm protection (the forwarded alert that stands for it counts). */
        SUPPRESSED,
        /** Refused by SECMP0067 (the User may retry; the retry counts as an attempt of its own). */
        REFUSED,
        /** Ended before it reached the measure's start point (lost on the WAN before the DSP, say). */
        ENDED_BEFORE_START,
        /** A firmware job the CSP's report leaves out: cancelled with every channel busy, dropped from the queue, rejected by the device. */
        NOT_REPORTED,
        /** Still on its way to the measure's stop point when the run ended. */
        IN_FLIGHT_AT_END;

        /** The name summary.json gives it. */
        public String key() {
            return switch (this) {
                case SUPPRESSED -> "suppressedBySecmp0062";
                case REFUSED -> "refusedBySecmp0067";
                case ENDED_BEFORE_START -> "endedBeforeStart";
                case NOT_REPORTED -> "cancelledDroppedOrRejected";
                case IN_FLIGHT_AT_END -> "inFlightAtEnd";
            };
        }
    }

    private static final int REGIONS = DccMetrics.REGIONS;
    private static final int AD1 = AlertCatalogue.get().find("AD1").index();

    private final long warmup;
    private final int days;
    private final long[] monthStarts;
    private final List<Measure> measures = new ArrayList<>();
    private final Measure[] deliveryMeasures;
    private final Measure[] attemptMeasures;
    private final Measure[] requestMeasures;
    private final Measure[] testMeasures;
    private final DccUser.Role[] roles;

    /** The measures of {@code scenario} (as built: at its population scale), with their periods. */
    public ServiceLevels(DccScenario scenario) {
        this.warmup = scenario.warmup().micros();
        long horizon = scenario.duration().micros();
        this.days = (int) Math.max(1, (horizon + SimTime.DAY - 1) / SimTime.DAY);
        List<CalendarDate.Month> months = scenario.start().months(0, horizon);
        this.monthStarts = new long[months.size()];
        for (int i = 0; i < monthStarts.length; i++) {
            monthStarts[i] = months.get(i).from();
        }
        this.roles = scenario.users().stream().map(DccUser::role).toArray(DccUser.Role[]::new);
        builtIn(scenario.sla());
        for (DccMeasure m : scenario.sla().measures()) {
            measures.add(custom(m));
        }
        deliveryMeasures = of(Subject.DELIVERIES);
        attemptMeasures = of(Subject.ATTEMPTS);
        requestMeasures = of(Subject.REQUESTS);
        testMeasures = of(Subject.TEST_COMMANDS);
    }

    private void builtIn(DccSla sla) {
        long alerts = sla.alerts().micros();
        add("alerts", "alert deliveries, DSP receipt to the hand-off at the User's interface", Subject.DELIVERIES,
                MeasurePoint.DSP_RECEIVED, MeasurePoint.HANDED_OVER, alerts);
        add("alertsUserShare", "alert deliveries, hand-off to the User's system taking them in (the User's share)", Subject.DELIVERIES,
                MeasurePoint.HANDED_OVER, MeasurePoint.TAKEN_IN, alerts);
        add("alertsEndToEnd", "alert deliveries, raised to taken in by the User's system", Subject.DELIVERIES, MeasurePoint.RAISED,
                MeasurePoint.TAKEN_IN, alerts);
        Measure dno = add("dnoPowerOutage", "power outage alerts (AD1) to Electricity Distributors, power loss to hand-off",
                Subject.DELIVERIES, MeasurePoint.POWER_LOST, MeasurePoint.HANDED_OVER, sla.powerOutage().micros());
        dno.code = AD1;
        dno.role = DccUser.Role.ELECTRICITY_DISTRIBUTOR;
        add("powerOutageAlerts", "power outage alerts (AD1) to every User, raised by the CSP to hand-off", Subject.DELIVERIES,
                MeasurePoint.RAISED, MeasurePoint.HANDED_OVER, sla.powerOutage().micros()).code = AD1;
        Measure isolated = add("PM12.1", "isolated power outages (at most " + sla.isolatedOutageHubs() + " hubs in a 3-minute window): AD1, "
                + "raised by the CSP to DSP receipt", Subject.DELIVERIES, MeasurePoint.RAISED, MeasurePoint.DSP_RECEIVED,
                sla.powerOutageCsp().micros());
        isolated.code = AD1;
        isolated.mass = 0;
        Measure mass = add("PM12.2", "mass power outages (more than " + sla.isolatedOutageHubs() + " hubs in a 3-minute window): AD1, "
                + "raised by the CSP to DSP receipt", Subject.DELIVERIES, MeasurePoint.RAISED, MeasurePoint.DSP_RECEIVED,
                sla.powerOutageCsp().micros());
        mass.code = AD1;
        mass.mass = 1;
        for (ServiceCategory c : List.of(ServiceCategory.ON_DEMAND, ServiceCategory.FUTURE_DATED, ServiceCategory.DCC_SCHEDULED)) {
            add(c.key(), c.key() + " Service Request attempts, " + (c == ServiceCategory.ON_DEMAND ? "submission" : "execution")
                    + " to the response at the DCC's interface", Subject.ATTEMPTS,
                    c == ServiceCategory.ON_DEMAND ? MeasurePoint.SUBMITTED : MeasurePoint.EXECUTED, MeasurePoint.RESPONDED,
                    sla.target(c)).category = c.ordinal();
        }
        add("firmware", "PM2: Category 1 firmware payloads, every submitted job, submission to completion", Subject.ATTEMPTS,
                MeasurePoint.SUBMITTED, MeasurePoint.RESPONDED, sla.firmware().micros()).category = ServiceCategory.FIRMWARE.ordinal();
        Measure reported = add("firmwareAsReported", "PM2 as the CSP reports it: the jobs cancelled, dropped from the queue or rejected by "
                + "the device left out", Subject.ATTEMPTS, MeasurePoint.SUBMITTED, MeasurePoint.RESPONDED, sla.firmware().micros());
        reported.category = ServiceCategory.FIRMWARE.ordinal();
        reported.asReported = true;
        add("rtt4", "CSP test commands, WAN gateway to hub and back (RTT4)", Subject.TEST_COMMANDS, MeasurePoint.SUBMITTED,
                MeasurePoint.RESPONDED, sla.rtt4().micros());
        add("rtt3", "CSP test commands, the round trip against RTT3", Subject.TEST_COMMANDS, MeasurePoint.SUBMITTED,
                MeasurePoint.RESPONDED, sla.rtt3().micros());
        add("rtt2", "CSP test commands, the round trip against RTT2", Subject.TEST_COMMANDS, MeasurePoint.SUBMITTED,
                MeasurePoint.RESPONDED, sla.rtt2().micros());
        for (ServiceCategory c : List.of(ServiceCategory.ON_DEMAND, ServiceCategory.FUTURE_DATED, ServiceCategory.DCC_SCHEDULED,
                ServiceCategory.FIRMWARE)) {
            add(c.key() + "AllRequests", "the User's view of " + c.key() + " requests: every request, its first "
                    + (c == ServiceCategory.ON_DEMAND || c == ServiceCategory.FIRMWARE ? "submission" : "execution")
                    + " to its final response across every retry; refused and abandoned requests count as not within", Subject.REQUESTS,
                    MeasurePoint.FIRST_SUBMITTED, MeasurePoint.RESPONDED, sla.target(c)).category = c.ordinal();
        }
    }

    private Measure custom(DccMeasure d) {
        Subject s = d.from().ofAlerts() ? Subject.DELIVERIES : Subject.ATTEMPTS;
        Measure m = add(d.id(), "a scenario's measure: " + d.from() + " to " + d.to(), s, d.from(), d.to(), d.trt().micros());
        if (!d.codes().isEmpty()) {
            m.codes = new boolean[AlertCatalogue.get().size()];
            d.codes().forEach(c -> m.codes[AlertCatalogue.get().find(c).index()] = true);
        }
        if (!d.categories().isEmpty()) {
            m.categories = new boolean[ServiceCategory.values().length];
            d.categories().forEach(c -> m.categories[DccMeasure.category(c).ordinal()] = true);
        }
        if (!d.roles().isEmpty()) {
            m.roleSet = d.roles().toArray(new DccUser.Role[0]);
        }
        return m;
    }

    private Measure add(String id, String name, Subject subject, MeasurePoint from, MeasurePoint to, long trt) {
        Measure m = new Measure(id, name, subject, from, to, trt, 1 + days + monthStarts.length, roles.length);
        measures.add(m);
        return m;
    }

    private Measure[] of(Subject s) {
        return measures.stream().filter(m -> m.subject == s).toArray(Measure[]::new);
    }

    /** Every measure, built-in ones first, in a fixed order. */
    public List<Measure> measures() {
        return measures;
    }

    /** Days in the run (the last may be partial). */
    public int days() {
        return days;
    }

    /** How many calendar months the run touches. */
    public int months() {
        return monthStarts.length;
    }

    // ---- records, on the metrics thread

    /**
     * An alert or delivery record: {@code kind}, its alert code and attribute, and its points (-1 not
     * passed): raised, power loss, CSP receipt, DSP receipt, hand-off, taken in.
     */
    void alert(int kind, int code, int attribute, long raised, long powerLost, long csp, long dsp, long handed, long taken) {
        int region = DccOutcome.region(attribute);
        int user = DccOutcome.user(attribute);
        boolean first = DccOutcome.delivery(attribute) == 0;
        boolean mass = DccOutcome.massOutage(attribute);
        for (Measure m : deliveryMeasures) {
            if (!m.accepts(code, -1, user, roles) || (m.mass >= 0 && (m.mass == 1) != mass)) {
                continue;
            }
            boolean perAlert = m.to.ordinal() < MeasurePoint.HANDED_OVER.ordinal();
            long from = point(m.from, raised, powerLost, csp, dsp, handed, taken);
            long to = point(m.to, raised, powerLost, csp, dsp, handed, taken);
            switch (kind) {
                case DccOutcome.ALERT_SUPPRESSED -> m.exclude(Exclusion.SUPPRESSED, raised, warmup);
                case DccOutcome.ALERT_LOST -> {
                    if (to >= 0 && perAlert) {
                        m.count(region, user, from, to, warmup, this);
                    } else if (from >= 0) {
                        m.fail(region, user, from, warmup, this);
                    } else {
                        m.exclude(Exclusion.ENDED_BEFORE_START, raised, warmup);
                    }
                }
                case DccOutcome.DELIVERY_HANDED_OVER -> {
                    if (perAlert ? first : m.to == MeasurePoint.HANDED_OVER) {
                        countOrExclude(m, region, user, from, to, raised);
                    }
                }
                case DccOutcome.DELIVERY_LOST -> {
                    if (m.to == MeasurePoint.TAKEN_IN) {
                        if (from >= 0) {
                            m.fail(region, user, from, warmup, this);
                        } else {
                            m.exclude(Exclusion.ENDED_BEFORE_START, raised, warmup);
                        }
                    }
                }
                default -> { // taken in, or rejected as a duplicate by the User's system once it had it
                    if (m.to == MeasurePoint.TAKEN_IN) {
                        countOrExclude(m, region, user, from, to, raised);
                    }
                }
            }
        }
    }

    private void countOrExclude(Measure m, int region, int user, long from, long to, long raised) {
        if (from >= 0) {
            m.count(region, user, from, to, warmup, this);
        } else {
            m.exclude(Exclusion.ENDED_BEFORE_START, raised, warmup);
        }
    }

    private static long point(MeasurePoint p, long raised, long powerLost, long csp, long dsp, long handed, long taken) {
        return switch (p) {
            case RAISED -> raised;
            case POWER_LOST -> powerLost;
            case CSP_RECEIVED -> csp;
            case DSP_RECEIVED -> dsp;
            case HANDED_OVER -> handed;
            default -> taken;
        };
    }

    /**
     * A request attempt's resolution {@code kind}: its category, User, region, its measure start
     * (submission or execution), its submission, the request's first submission, and when it resolved.
     */
    void attempt(int kind, int category, int user, int region, long start, long submitted, long first, long at) {
        for (Measure m : attemptMeasures) {
            if (!m.accepts(-1, category, user, roles)) {
                continue;
            }
            long from = m.from == MeasurePoint.SUBMITTED ? submitted : m.from == MeasurePoint.FIRST_SUBMITTED ? first : start;
            if (kind == DccOutcome.SR_COMPLETED) {
                m.count(region, user, from, at, warmup, this);
            } else if (kind == DccOutcome.SR_THROTTLED) {
                m.exclude(Exclusion.REFUSED, from, warmup);
            } else if (m.asReported && (kind == DccOutcome.SR_REJECTED || kind == DccOutcome.SR_DROPPED
                    || kind == DccOutcome.SR_DEVICE_REJECTED)) {
                m.exclude(Exclusion.NOT_REPORTED, from, warmup);
            } else {
                m.fail(region, user, from, warmup, this);
            }
        }
    }

    /** A request's final outcome: completed or abandoned, from its first measure start to {@code at}. */
    void request(int kind, int category, int user, int region, long firstStart, long at) {
        for (Measure m : requestMeasures) {
            if (!m.accepts(-1, category, user, roles)) {
                continue;
            }
            if (kind == DccOutcome.REQUEST_COMPLETED) {
                m.count(region, user, firstStart, at, warmup, this);
            } else {
                m.fail(region, user, firstStart, warmup, this);
            }
        }
    }

    /** A CSP test command back at its gateway, or lost. */
    void testCommand(int kind, int region, long sent, long at) {
        for (Measure m : testMeasures) {
            if (kind == DccOutcome.TEST_RETURNED) {
                m.count(region, -1, sent, at, warmup, this);
            } else {
                m.fail(region, -1, sent, warmup, this);
            }
        }
    }

    // ---- what the run left on its way, at its end (after the ring is closed)

    /**
     * An alert still on its way at the end, for its delivery {@code delivery} to {@code user}: before
     * the hand-off ({@code handed} -1) it is in flight for every measure it matches; after it, only
     * for those that stop at the User's system. Its points as in {@link #alert}.
     */
    void alertInFlight(int code, int region, int user, int delivery, boolean mass, long raised, long powerLost, long csp, long dsp,
                       long handed) {
        for (Measure m : deliveryMeasures) {
            if (!m.accepts(code, -1, user, roles) || (m.mass >= 0 && (m.mass == 1) != mass)) {
                continue;
            }
            boolean perAlert = m.to.ordinal() < MeasurePoint.HANDED_OVER.ordinal();
            if (perAlert && delivery != 0 || handed >= 0 && m.to != MeasurePoint.TAKEN_IN) {
                continue; // counted once per alert, or already counted at the hand-off
            }
            long from = point(m.from, raised, powerLost, csp, dsp, handed, -1);
            m.exclude(Exclusion.IN_FLIGHT_AT_END, from >= 0 ? from : raised, warmup);
        }
    }

    /** A request attempt submitted and not resolved by the end; times as in {@link #attempt}. */
    void attemptInFlight(int category, int user, long start, long submitted, long first) {
        for (Measure m : attemptMeasures) {
            if (m.accepts(-1, category, user, roles)) {
                long from = m.from == MeasurePoint.SUBMITTED ? submitted : m.from == MeasurePoint.FIRST_SUBMITTED ? first : start;
                m.exclude(Exclusion.IN_FLIGHT_AT_END, from, warmup);
            }
        }
    }

    /** A request with no final outcome by the end (an attempt on its way, or a retry waiting to be sent). */
    void requestInFlight(int category, int user, long firstStart) {
        for (Measure m : requestMeasures) {
            if (m.accepts(-1, category, user, roles)) {
                m.exclude(Exclusion.IN_FLIGHT_AT_END, firstStart, warmup);
            }
        }
    }

    /** A CSP test command not back by the end. */
    void testInFlight(long sent) {
        for (Measure m : testMeasures) {
            m.exclude(Exclusion.IN_FLIGHT_AT_END, sent, warmup);
        }
    }

    /** The periods of time {@code t}: 1 + its day, and 1 + days + its calendar month. */
    private int day(long t) {
        return 1 + (int) Math.min(days - 1, t / SimTime.DAY);
    }

    private int month(long t) {
        int i = monthStarts.length - 1;
        while (i > 0 && t < monthStarts[i]) {
            i--;
        }
        return 1 + days + i;
    }

    /** One measure's definition and counts. */
    public static final class Measure {
        private final String id;
        private final String name;
        private final Subject subject;
        private final MeasurePoint from;
        private final MeasurePoint to;
        private final long trt;
        private int code = -1;
        private int category = -1;
        private DccUser.Role role;
        private DccUser.Role[] roleSet;
        private boolean[] codes;
        private boolean[] categories;
        private int mass = -1;
        private boolean asReported;
        /** [region][period]: period 0 the whole run, then each day, then each calendar month. */
        private final long[][] measured;
        private final long[][] within;
        private final long[] userMeasured;
        private final long[] userWithin;
        private final long[] excluded = new long[Exclusion.values().length];
        private final LatencyRecorder latency = new LatencyRecorder();
        private long minLatency = Long.MAX_VALUE;

        Measure(String id, String name, Subject subject, MeasurePoint from, MeasurePoint to, long trt, int periods, int users) {
            this.id = id;
            this.name = name;
            this.subject = subject;
            this.from = from;
            this.to = to;
            this.trt = trt;
            this.measured = new long[REGIONS][periods];
            this.within = new long[REGIONS][periods];
            this.userMeasured = new long[users];
            this.userWithin = new long[users];
        }

        boolean accepts(int alertCode, int requestCategory, int user, DccUser.Role[] roles) {
            if (code >= 0 && alertCode != code || codes != null && (alertCode < 0 || !codes[alertCode])) {
                return false;
            }
            if (category >= 0 && requestCategory != category || categories != null && (requestCategory < 0 || !categories[requestCategory])) {
                return false;
            }
            if (role != null && (user < 0 || roles[user] != role)) {
                return false;
            }
            if (roleSet != null) {
                for (DccUser.Role r : roleSet) {
                    if (user >= 0 && roles[user] == r) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }

        void count(int region, int user, long start, long stop, long warmup, ServiceLevels periods) {
            if (start < warmup) {
                return;
            }
            boolean ok = stop - start <= trt;
            latency.record(stop - start);
            minLatency = Math.min(minLatency, stop - start);
            add(region, user, start, ok, periods);
        }

        void fail(int region, int user, long start, long warmup, ServiceLevels periods) {
            if (start >= warmup) {
                add(region, user, start, false, periods);
            }
        }

        private void add(int region, int user, long start, boolean ok, ServiceLevels periods) {
            int d = periods.day(start);
            int mo = periods.month(start);
            long[] m = measured[region];
            m[0]++;
            m[d]++;
            m[mo]++;
            if (ok) {
                long[] w = within[region];
                w[0]++;
                w[d]++;
                w[mo]++;
            }
            if (user >= 0) {
                userMeasured[user]++;
                if (ok) {
                    userWithin[user]++;
                }
            }
        }

        void exclude(Exclusion why, long t, long warmup) {
            if (t >= warmup) {
                excluded[why.ordinal()]++;
            }
        }

        public String id() {
            return id;
        }

        /** The shortest time measured, start to stop, in microseconds, exactly; -1 when nothing was. */
        public long minLatency() {
            return minLatency == Long.MAX_VALUE ? -1 : minLatency;
        }

        /** What the measure counts, in a few words. */
        public String name() {
            return name;
        }

        public Subject subject() {
            return subject;
        }

        public MeasurePoint from() {
            return from;
        }

        public MeasurePoint to() {
            return to;
        }

        /** The Target Response Time, microseconds. */
        public long trt() {
            return trt;
        }

        /** Measured in region {@code region} in period {@code period} (0 the whole run, 1 + d day d, 1 + days + k month k). */
        public long measured(int region, int period) {
            return measured[region][period];
        }

        public long within(int region, int period) {
            return within[region][period];
        }

        public long measuredOfUser(int user) {
            return userMeasured[user];
        }

        public long withinOfUser(int user) {
            return userWithin[user];
        }

        /** Left out for {@code why} (after warm-up). */
        public long excluded(Exclusion why) {
            return excluded[why.ordinal()];
        }

        /** The measured times, start to stop, of what counted (microseconds). */
        public LatencyRecorder latency() {
            return latency;
        }
    }

    /** The date of day {@code d} of a run from {@code start}. */
    public static LocalDate dateOf(CalendarDate start, int d) {
        return start.day(d);
    }
}
