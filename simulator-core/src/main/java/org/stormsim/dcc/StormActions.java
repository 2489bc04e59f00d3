package org.stormsim.dcc;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.engine.RandomStream;
import org.stormsim.engine.RandomStreams;
import org.stormsim.scenario.DccEvent;

/**
 * The scenario's storm events as actions at given times: a power outage (hubs fall silent; AD1 from
 * hubs still off after 3 minutes; at restoration 8F35/8F36 per hub (its ESME), 8F12 per hub and a
 * WAN re-registration, spread over the restoration period) and a firmware fix (a cohort's alert rate
 * changes). Counter resets ({@link CounterResets}), migrations and growth act through the delivery
 * check and the sources and need no action. Built once; the model schedules action {@code i} at
 * {@link #time(int)} when it starts.
 */
final class StormActions {
    /** A hub off this long raises the CSP power outage alert ([F] PMM p23: 3 minutes). */
    static final long OUTAGE_ALERT_AFTER = 180_000_000L;
    /** The CSP raises the AD1s of a mass outage over up to a minute after the 3-minute mark [A]. */
    static final long OUTAGE_ALERT_SPREAD = 60_000_000L;
    /** The CSPs' Power Outage Event Windows: 3 minutes, aligned to 00:00 ([F] PMM p23). */
    static final long OUTAGE_WINDOW = 180_000_000L;

    private final List<Runnable> actions = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private final Population population;
    private final Recipients recipients;
    private final Outages outages;
    private final AlertPath alerts;
    private final RegistrationPath registrations;
    private final boolean[] mass;

    /**
     * The actions of {@code events}; each outage draws from its own stream {@code outage:I}. An outage
     * is a mass one (PM12.2) when more than {@code isolatedHubs} hubs lose power in its CSP's 3-minute
     * window, counted at full scale (the model's hubs over {@code scale}).
     */
    StormActions(List<DccEvent> events, Population population, Recipients recipients, Outages outages, AlertPath alerts,
                 RegistrationPath registrations, List<CohortAlertSource> cohortSources, RandomStreams streams, int isolatedHubs,
                 double scale) {
        this.mass = massOutages(events, isolatedHubs, scale);
        this.population = population;
        this.recipients = recipients;
        this.outages = outages;
        this.alerts = alerts;
        this.registrations = registrations;
        int o = 0;
        for (DccEvent e : events) {
            if (e instanceof DccEvent.PowerOutage p) {
                outage(o, p, streams.stream("outage:" + o));
                o++;
            } else if (e instanceof DccEvent.FirmwareFix f) {
                firmwareFix(f, cohortSources);
            }
        }
    }

    /** Per outage, whether more than {@code isolated} hubs (at full scale) lose power in its CSP's window. */
    private static boolean[] massOutages(List<DccEvent> events, int isolated, double scale) {
        java.util.Map<String, Double> hubs = new java.util.HashMap<>();
        List<String> keys = new ArrayList<>();
        for (DccEvent e : events) {
            if (e instanceof DccEvent.PowerOutage p) {
                String key = (p.region().equals("N") ? "N" : "CS") + ":" + p.at().micros() / OUTAGE_WINDOW; // CSP N; CSP C&S
                hubs.merge(key, p.hubs() / scale, Double::sum);
                keys.add(key);
            }
        }
        boolean[] out = new boolean[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = hubs.get(keys.get(i)) > isolated;
        }
        return out;
    }

    /** How many actions there are. */
    int size() {
        return actions.size();
    }

    /** When action {@code i} happens, microseconds. */
    long time(int i) {
        return times.get(i);
    }

    /** Does action {@code i}, now. */
    void run(int i) {
        actions.get(i).run();
    }

    private void at(long time, Runnable action) {
        times.add(time);
        actions.add(action);
    }

    private void outage(int i, DccEvent.PowerOutage p, RandomStream rng) {
        int r = Population.regionIndex(p.region());
        long start = p.at().micros();
        long duration = p.duration().micros();
        long spread = p.restorationSpread().micros();
        at(start, () -> {
            long span = population.hubs[r] - p.hubs();
            outages.begin(i, r, (long) (rng.nextDouble() * (span + 1)), p.hubs());
        });
        if (duration >= OUTAGE_ALERT_AFTER) {
            long detection = Math.min(OUTAGE_ALERT_SPREAD, duration - OUTAGE_ALERT_AFTER);
            at(start + OUTAGE_ALERT_AFTER, () -> outageAlerts(i, r, rng, detection, start));
        }
        at(start + duration, () -> restore(i, r, rng, spread, duration >= OUTAGE_ALERT_AFTER));
    }

    /**
     * The CSP raises AD1 for every hub of the outage, while it is still off; each enters the path at the
     * CSP, to the hub's Supplier and its Network Operator, noting when power was lost.
     */
    private void outageAlerts(int i, int r, RandomStream rng, long spread, long powerLost) {
        int ad1 = AlertCatalogue.get().find("AD1").index();
        for (long hub = outages.from(i); hub < outages.to(i); hub++) {
            int[] to = outageRecipients(r, hub);
            alerts.raiseLater(r, ad1, hub, to[0], to[1], population.cohortOf(r, hub), AlertPath.CSP, jitter(rng, spread), powerLost, mass[i]);
        }
    }

    private void restore(int i, int r, RandomStream rng, long spread, boolean long3min) {
        outages.end(i);
        int restored = AlertCatalogue.get().find(long3min ? "8F36" : "8F35").index();
        int deviceLog = AlertCatalogue.get().find("8F12").index();
        for (long hub = outages.from(i); hub < outages.to(i); hub++) {
            int cohort = population.cohortOf(r, hub);
            int[] to = outageRecipients(r, hub);
            alerts.raiseLater(r, restored, hub, to[0], to[1], cohort, AlertPath.HAN, jitter(rng, spread), -1, false);
            alerts.raiseLater(r, deviceLog, hub, recipients.supplierOfHub(r, hub), -1, cohort, AlertPath.HAN, jitter(rng, spread), -1,
                    false);
            registrations.register(r, jitter(rng, spread));
        }
    }

    /** A power outage or restoration alert's Users: the Network Operator first, then the Supplier (the Supplier alone without one). */
    private int[] outageRecipients(int r, long hub) {
        int operator = recipients.operatorOfHub(r, hub);
        int supplier = recipients.supplierOfHub(r, hub);
        return operator >= 0 ? new int[] {operator, supplier} : new int[] {supplier, -1};
    }

    private static long jitter(RandomStream rng, long spread) {
        return (long) (rng.nextDouble() * spread);
    }

    private void firmwareFix(DccEvent.FirmwareFix f, List<CohortAlertSource> cohortSources) {
        int cohort = population.cohortIndex(f.cohort());
        int code = AlertCatalogue.get().find(f.code()).index();
        double rate = f.action() == DccEvent.FixAction.STOP ? 0 : f.ratePerDevice().perSecond();
        List<CohortAlertSource> targets = new ArrayList<>();
        for (CohortAlertSource s : cohortSources) {
            if (s.cohort() == cohort && s.code == code && s.id.endsWith(":" + f.device())) {
                targets.add(s);
            }
        }
        at(f.at().micros(), () -> targets.forEach(s -> s.setRatePerDevice(rate)));
    }
}
