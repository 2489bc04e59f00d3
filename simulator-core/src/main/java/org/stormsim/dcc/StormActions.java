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

    private final List<Runnable> actions = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private final Population population;
    private final Recipients recipients;
    private final Outages outages;
    private final AlertPath alerts;
    private final RegistrationPath registrations;

    /** The actions of {@code events}; each outage draws from its own stream {@code outage:I}. */
    StormActions(List<DccEvent> events, Population population, Recipients recipients, Outages outages, AlertPath alerts,
                 RegistrationPath registrations, List<CohortAlertSource> cohortSources, RandomStreams streams) {
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
            at(start + OUTAGE_ALERT_AFTER, () -> outageAlerts(i, r, rng, detection));
        }
        at(start + duration, () -> restore(i, r, rng, spread, duration >= OUTAGE_ALERT_AFTER));
    }

    /** The CSP raises AD1 for every hub of the outage, while it is still off; each enters the path at the CSP. */
    private void outageAlerts(int i, int r, RandomStream rng, long spread) {
        int ad1 = AlertCatalogue.get().find("AD1").index();
        for (long hub = outages.from(i); hub < outages.to(i); hub++) {
            alerts.raiseLater(r, ad1, hub, recipients.forHub(r, hub, true), population.cohortOf(r, hub), AlertPath.CSP,
                    jitter(rng, spread));
        }
    }

    private void restore(int i, int r, RandomStream rng, long spread, boolean long3min) {
        outages.end(i);
        int restored = AlertCatalogue.get().find(long3min ? "8F36" : "8F35").index();
        int deviceLog = AlertCatalogue.get().find("8F12").index();
        for (long hub = outages.from(i); hub < outages.to(i); hub++) {
            int cohort = population.cohortOf(r, hub);
            alerts.raiseLater(r, restored, hub, recipients.forHub(r, hub, true), cohort, AlertPath.HAN, jitter(rng, spread));
            alerts.raiseLater(r, deviceLog, hub, recipients.forHub(r, hub, false), cohort, AlertPath.HAN, jitter(rng, spread));
            registrations.register(r, jitter(rng, spread));
        }
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
