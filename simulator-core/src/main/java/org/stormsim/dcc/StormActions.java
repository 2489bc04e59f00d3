package org.stormsim.dcc;

import java.util.ArrayList;
import java.util.List;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.engine.RandomStream;
import org.stormsim.scenario.DccEvent;

/**
 * Turns the scenario's storm events into actions at given times: a power outage (hubs fall silent;
 * AD1 from hubs still off after 3 minutes; at restoration 8F35/8F36 per hub (its ESME), 8F12 per hub and a WAN
 * re-registration, spread over the restoration period), a firmware fix (a cohort's alert rate
 * changes), a counter reset (a window in which the cohort's alerts are taken for duplicates).
 * Migrations and growth act through their sources and need no action.
 */
final class StormActions {
    /** A hub off this long raises the CSP power outage alert ([F] PMM p23: 3 minutes). */
    static final long OUTAGE_ALERT_AFTER = 180_000_000L;
    /** The CSP raises the AD1s of a mass outage over up to a minute after the 3-minute mark [A]. */
    static final long OUTAGE_ALERT_SPREAD = 60_000_000L;

    private final DccModel m;
    private final List<CohortAlertSource> cohortSources;
    private final List<Runnable> actions = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();

    StormActions(DccModel m, List<CohortAlertSource> cohortSources) {
        this.m = m;
        this.cohortSources = cohortSources;
    }

    void install() {
        List<DccEvent> events = m.scenario.events();
        int outages = (int) events.stream().filter(e -> e instanceof DccEvent.PowerOutage).count();
        m.outages = new Outages(outages);
        int o = 0;
        for (DccEvent e : events) {
            if (e instanceof DccEvent.PowerOutage p) {
                outage(o++, p);
            } else if (e instanceof DccEvent.FirmwareFix f) {
                firmwareFix(f);
            } else if (e instanceof DccEvent.CounterReset c) {
                int cohort = m.population.cohortIndex(c.cohort());
                long[] w = java.util.Arrays.copyOf(m.resetWindows[cohort], m.resetWindows[cohort].length + 2);
                w[w.length - 2] = c.at().micros();
                w[w.length - 1] = c.at().micros() + c.duration().micros();
                m.resetWindows[cohort] = w;
            }
        }
        m.actions = actions.toArray(new Runnable[0]);
        m.actionTimes = times.stream().mapToLong(Long::longValue).toArray();
    }

    private void at(long time, Runnable action) {
        times.add(time);
        actions.add(action);
    }

    private void outage(int i, DccEvent.PowerOutage p) {
        int r = Population.regionIndex(p.region());
        RandomStream rng = m.stream("outage:" + i);
        long start = p.at().micros();
        long duration = p.duration().micros();
        long spread = p.restorationSpread().micros();
        at(start, () -> {
            long span = m.population.hubs[r] - p.hubs();
            m.outages.begin(i, r, (long) (rng.nextDouble() * (span + 1)), p.hubs());
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
        for (long hub = m.outages.from(i); hub < m.outages.to(i); hub++) {
            m.eventAlert(r, ad1, hub, m.recipientForHub(r, hub, true), m.population.cohortOf(r, hub), DccModel.A_CSP, jitter(rng, spread));
        }
    }

    private void restore(int i, int r, RandomStream rng, long spread, boolean long3min) {
        m.outages.end(i);
        int restored = AlertCatalogue.get().find(long3min ? "8F36" : "8F35").index();
        int deviceLog = AlertCatalogue.get().find("8F12").index();
        for (long hub = m.outages.from(i); hub < m.outages.to(i); hub++) {
            int cohort = m.population.cohortOf(r, hub);
            m.eventAlert(r, restored, hub, m.recipientForHub(r, hub, true), cohort, DccModel.A_HAN, jitter(rng, spread));
            m.eventAlert(r, deviceLog, hub, m.recipientForHub(r, hub, false), cohort, DccModel.A_HAN, jitter(rng, spread));
            m.registration(r, jitter(rng, spread));
        }
    }

    private static long jitter(RandomStream rng, long spread) {
        return (long) (rng.nextDouble() * spread);
    }

    private void firmwareFix(DccEvent.FirmwareFix f) {
        int cohort = m.population.cohortIndex(f.cohort());
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
