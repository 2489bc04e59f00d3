package org.stormsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stormsim.engine.Distribution;

/**
 * What {@code population.scale} does: the scenario at scale {@code s} as the model builder sees it,
 * every volume and every capacity multiplied by {@code s} so that each stage's utilisation stays
 * what it is at full scale. Volumes: hubs per region, absolute Service Request rates and forecasts,
 * the hubs of power outages, SMETS1 migrations per day and in all (replayed traces are scaled by
 * the builder). Capacities: a pool of {@code c} servers (WAN uplink and downlink channels, firmware
 * channels, a User's intake) becomes {@code max(1, round(c s))} servers whose service times are
 * stretched by {@code c' / (c s)}, so the pool serves exactly {@code s} times as much; a motorway lane
 * is one server, so the lanes keep their number and each lane's service time is stretched by
 * {@code 1/s}; waiting room scales with its pool; SECMP0067's capacity and minimum allocation scale.
 * Rates per device or per hub, delays and time windows do not change. docs/model.md has the table.
 * At scale 1 the scenario is returned as it is. Stateless; any thread.
 */
public final class PopulationScale {
    private PopulationScale() {
    }

    /** The scenario with its scale applied (and {@code population.scale} 1), or {@code sc} itself at scale 1. */
    public static DccScenario apply(DccScenario sc) {
        double s = sc.population().scale();
        if (s == 1.0) {
            return sc;
        }
        List<DccUser> users = new ArrayList<>();
        sc.users().forEach(u -> users.add(user(u, s)));
        List<DccEvent> events = new ArrayList<>();
        sc.events().forEach(e -> events.add(event(e, s)));
        return new DccScenario(sc.kind(), sc.name(), sc.seed(), sc.duration(), sc.start(), sc.warmup(), sc.replications(), population(sc.population()),
                network(sc.network(), s), dsp(sc.dsp(), s), users, sc.sla(), events, sc.replay(), throttling(sc.throttling(), s));
    }

    /** A pool of {@code servers} at scale {@code s}: {@code max(1, round(servers s))}, or 0 when there were none. */
    public static int servers(int servers, double s) {
        return servers == 0 ? 0 : (int) Math.max(1, Math.round(servers * s));
    }

    /** A count of things (hubs, installations) at scale {@code s}, at least 1 when there was one. */
    public static long count(long n, double s) {
        return n == 0 ? 0 : Math.max(1, Math.round(n * s));
    }

    private static DccPopulation population(DccPopulation p) {
        Map<String, Long> regions = new LinkedHashMap<>();
        p.regions().forEach((r, hubs) -> regions.put(r, p.hubs(r)));
        return new DccPopulation(1.0, regions, p.cohorts());
    }

    private static DccNetwork network(DccNetwork n, double s) {
        Map<String, DccNetwork.Region> regions = new LinkedHashMap<>();
        for (String r : DccScenario.REGIONS) {
            DccNetwork.Region g = n.region(r);
            int up = servers(g.uplinkChannels(), s);
            double upStretch = stretch(g.uplinkChannels(), up, s);
            int down = servers(g.downlinkChannels(), s);
            int firmware = servers(g.firmwareChannels(), s);
            regions.put(r, new DccNetwork.Region(up, times(g.uplinkAlertService(), upStretch), times(g.uplinkResponseService(), upStretch),
                    g.prioritiseAlerts(), room(g.uplinkCapacity(), up, s), down, times(g.downlinkService(), stretch(g.downlinkChannels(), down, s)),
                    g.cspLatency(), firmware, times(g.firmwareDownload(), stretch(g.firmwareChannels(), firmware, s)),
                    count(g.firmwareQueue(), s), g.firmwareQueueTimeout(), g.firmwareRejection(), g.firmwareSuccess(), g.firmwareAttempts()));
        }
        DccNetwork.Smets1 g = n.smets1();
        int s1 = servers(g.servers(), s);
        double s1Stretch = stretch(g.servers(), s1, s);
        DccNetwork.Smets1 smets1 = new DccNetwork.Smets1(g.wanLatency(), s1, times(g.alertService(), s1Stretch),
                times(g.migrationService(), s1Stretch), room(g.capacity(), s1, s), g.latency());
        return new DccNetwork(n.hanLatency(), n.deviceProcessing(), n.testCommandsPerHubPerMonth(), regions, smets1);
    }

    private static DccDsp dsp(DccDsp d, double s) {
        int servers = servers(d.servers(), s);
        double stretch = stretch(d.servers(), servers, s);
        return new DccDsp(servers, times(d.alertService(), stretch), times(d.requestService(), stretch), d.priority(), d.ingestLatency(),
                d.lanes(), times(d.laneService(), 1 / s), d.laneRouting(), d.dedicated(),
                d.serviceRequestProcessing(), d.futureDatedDelay());
    }

    private static DccUser user(DccUser u, double s) {
        DccUser.Requests q = u.serviceRequests();
        DccUser.Requests requests = q == null || q.rate() == null ? q : new DccUser.Requests(q.ratePerHub(), times(q.rate(), s), q.profile(), q.mix());
        DccUser.Intake in = u.intake();
        int servers = servers(in.servers(), s);
        DccUser.Intake intake = new DccUser.Intake(servers, times(in.service(), stretch(in.servers(), servers, s)), room(in.capacity(), servers, s));
        return new DccUser(u.id(), u.role(), requests, u.forecast() == null ? null : times(u.forecast(), s), u.timeout(), u.retry(), intake,
                u.rejectsDuplicateCounters());
    }

    private static DccEvent event(DccEvent e, double s) {
        if (e instanceof DccEvent.PowerOutage p) {
            return new DccEvent.PowerOutage(p.at(), p.region(), count(p.hubs(), s), p.duration(), p.restorationSpread());
        }
        if (e instanceof DccEvent.Migration m) {
            return new DccEvent.Migration(m.at(), m.region(), count(m.perDay(), s), count(m.total(), s), m.supplier(),
                    m.alertRatePerInstallation(), m.code(), count(m.installedBefore(), s), m.failureShare());
        }
        return e;
    }

    private static DccThrottling throttling(DccThrottling t, double s) {
        DccThrottling.ServiceRequestTrafficManagement m = t.serviceRequestTrafficManagement();
        return new DccThrottling(t.alertStormProtection(), m.withRates(times(m.capacity(), s), times(m.minimumAllocation(), s)));
    }

    /** How much longer each of {@code scaled} servers must take so that they serve {@code s} times what {@code servers} did. */
    private static double stretch(int servers, int scaled, double s) {
        return servers == 0 ? 1 : scaled / (servers * s);
    }

    private static Capacity room(Capacity c, int servers, double s) {
        return c.isBounded() ? new Capacity(Math.max(servers, Math.round(c.limit() * s))) : c;
    }

    private static Rate times(Rate r, double s) {
        return new Rate(r.perSecond() * s, r.text() + " x " + s);
    }

    /** {@code d} with every duration multiplied by {@code f}. */
    static Distribution times(Distribution d, double f) {
        if (f == 1.0) {
            return d;
        }
        String text = d.describe() + " x " + f;
        if (d instanceof Distribution.Exponential e) {
            return new Distribution.Exponential(e.meanMicros() * f, text);
        }
        if (d instanceof Distribution.Deterministic x) {
            return new Distribution.Deterministic(Distribution.round(x.valueMicros() * f), text);
        }
        if (d instanceof Distribution.Uniform u) {
            return new Distribution.Uniform(u.minMicros() * f, u.maxMicros() * f, text);
        }
        if (d instanceof Distribution.Erlang k) {
            return new Distribution.Erlang(k.k(), k.meanMicros() * f, text);
        }
        if (d instanceof Distribution.Lognormal l) {
            return Distribution.Lognormal.of(l.meanMicros() * f, l.sdMicros() * f, text);
        }
        throw new IllegalArgumentException("no scaling for the distribution " + d.describe());
    }
}
