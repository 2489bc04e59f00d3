package org.stormsim.scenario;

import java.util.List;
import java.util.Set;
import org.stormsim.catalogue.AlertCatalogue;

/**
 * A storm event at a given simulated time, chosen by its {@code type}: a power outage and the
 * restoration after it, a firmware fix that starts or stops a cohort's alerting, a GBCS counter
 * reset, a wave of SMETS1 migrations, or a growth curve for alert volumes.
 */
@Discriminator("type")
public sealed interface DccEvent permits DccEvent.PowerOutage, DccEvent.FirmwareFix, DccEvent.CounterReset,
        DccEvent.Migration, DccEvent.Growth {

    /** When the event starts. */
    SimDuration at();

    /** Cross-checks against the rest of the scenario (ids of cohorts and Users, regions). */
    default void check(Validation v, String path, DccScenario s, Set<String> cohorts, Set<String> users) {
        v.check(at().micros() < s.duration().micros(), path + ".at", "the event starts after the horizon (" + s.duration() + ")");
    }

    /**
     * Power is lost to {@code hubs} hubs of a region for {@code duration}: their devices fall silent;
     * hubs still off after 3 minutes raise the AD1 power outage alert; at restoration (spread over
     * {@code restorationSpread}) each hub (its ESME) sends 8F35 (outage under 3 min) or 8F36, each hub re-joins its
     * HAN (8F12) and re-registers on the WAN (one uplink message).
     */
    @TypeName("powerOutage")
    record PowerOutage(@Doc("when power is lost") SimDuration at,
                       @Doc("the region: N, C or S") String region,
                       @Doc("hubs that lose power") long hubs,
                       @Doc("how long power is off") SimDuration duration,
                       @Default(value = "5min") @Doc("restoration alerts and re-registrations are spread uniformly over this") SimDuration restorationSpread)
            implements DccEvent, java.io.Serializable {
        @Override
        public void check(Validation v, String path, DccScenario s, Set<String> cohorts, Set<String> users) {
            DccEvent.super.check(v, path, s, cohorts, users);
            if (v.check(DccScenario.REGIONS.contains(region), path + ".region", "unknown region; allowed: N, C, S")) {
                long max = s.population().regions().getOrDefault(region, 0L); // at full scale: population.scale scales both
                if (max < 1) {
                    v.problem(path + ".region", "region " + region + " has no hubs (population.regions." + region
                            + " is 0 or left out), so no power can be lost there; allowed: a region with hubs");
                } else {
                    v.check(hubs >= 1 && hubs <= max, path + ".hubs", "allowed: 1 to " + max + " (the hubs in region " + region + ")");
                }
            }
            v.check(duration.micros() > 0, path + ".duration", "allowed: a duration more than zero");
        }
    }

    /** A cohort's alert code starts (at a new rate per device) or stops, e.g. the 8F3E spike after a firmware fix. */
    @TypeName("firmwareFix")
    record FirmwareFix(@Doc("when the new firmware takes effect") SimDuration at,
                       @Doc("the cohort whose devices change") String cohort,
                       @Doc("the alert code") String code,
                       @Default(value = "start") @Doc("start or stop") FixAction action,
                       @Optional @Doc("with start: the new rate per device, e.g. 20/d") Rate ratePerDevice,
                       @Default(value = "ESME") @Doc("the device type raising the code") String device) implements DccEvent, java.io.Serializable {
        @Override
        public void check(Validation v, String path, DccScenario s, Set<String> cohorts, Set<String> users) {
            DccEvent.super.check(v, path, s, cohorts, users);
            v.check(cohorts.contains(cohort), path + ".cohort", "no cohort has id '" + cohort + "'" + Suggest.didYouMean(cohort, cohorts));
            for (DccPopulation.Cohort c : s.population().cohorts()) {
                if (c.id().equals(cohort)) {
                    v.check(c.devices(device) > 0, path + ".device", "cohort '" + cohort + "' has no " + device
                            + " (its devicesPerHub); the fix would change nothing");
                }
            }
            v.check(AlertCatalogue.get().find(code) != null, path + ".code", "unknown alert code" + Suggest.didYouMean(code, AlertCatalogue.get().codes())
                    + "; allowed: a GBCS alert code such as 8F3E (see stormsim codes)");
            v.check(action == FixAction.STOP || ratePerDevice != null, path + ".ratePerDevice", "action start needs ratePerDevice, e.g. 20/d");
            v.check(DccPopulation.Cohort.DEVICE_TYPES.contains(device), path + ".device",
                    "unknown device type; allowed: " + String.join(", ", DccPopulation.Cohort.DEVICE_TYPES));
        }
    }

    /** What a firmware fix does to the alert process. */
    enum FixAction { START, STOP }

    /** A cohort's GBCS counters reset: Users that check counters reject its alerts as duplicates for {@code duration}. */
    @TypeName("counterReset")
    record CounterReset(@Doc("when the counters reset") SimDuration at,
                        @Doc("the cohort whose devices reset") String cohort,
                        @Default(value = "1d")
                        @Doc("how long alerts are taken for duplicates (until counters pass their old values); more than zero") SimDuration duration)
            implements DccEvent, java.io.Serializable {
        @Override
        public void check(Validation v, String path, DccScenario s, Set<String> cohorts, Set<String> users) {
            DccEvent.super.check(v, path, s, cohorts, users);
            v.check(cohorts.contains(cohort), path + ".cohort", "no cohort has id '" + cohort + "'" + Suggest.didYouMean(cohort, cohorts));
            v.check(duration.micros() > 0, path + ".duration", "allowed: a duration more than zero (a reset that lasts no time changes nothing)");
        }
    }

    /**
     * SMETS1 installations join the DCC at {@code perDay} from {@code at}, each migration passing the
     * SMETS1 Service Provider and the DSP, a share of them failing ("29% of SMETS1 migrations had
     * been unsuccessful", OPSG 25 [S], for one dormant device type); each installation that migrated,
     * and each of those migrated before, then alerting at its own rate over the SMETS1 path.
     */
    @TypeName("migration")
    record Migration(@Doc("when migrations start") SimDuration at,
                     @Doc("the region: N, C or S") String region,
                     @Doc("installations migrated per day (2,000 then 10,000: OPSG 28, 29)") long perDay,
                     @Doc("installations whose migration is attempted in all, 0 to 100,000,000 after scaling") long total,
                     @Doc("the responsible Supplier (a User)") String supplier,
                     @Default(value = "2.3/d", source = "S") @Doc("alerts per installation (SMETS1: 2.3 a day, OPSG 29)") Rate alertRatePerInstallation,
                     @Default(value = "8F3E") @Doc("the alert code they raise") String code,
                     @Default(value = "0") @Doc("installations of this wave already on the DCC when the run starts, alerting from its start")
                     long installedBefore,
                     @Default(value = "0", source = "A")
                     @Doc("the share of attempted migrations that fail (the installation stays off the DCC): 0.29 for the dormant type of "
                             + "OPSG 25, which the DNO said cannot be extrapolated to other cohorts [S]") double failureShare)
            implements DccEvent, java.io.Serializable {
        @Override
        public void check(Validation v, String path, DccScenario s, Set<String> cohorts, Set<String> users) {
            DccEvent.super.check(v, path, s, cohorts, users);
            v.check(DccScenario.REGIONS.contains(region), path + ".region", "unknown region; allowed: N, C, S");
            v.check(perDay >= 1 && perDay <= DccPopulation.MAX_HUBS, path + ".perDay", "allowed: 1 to " + DccPopulation.MAX_HUBS + " a day");
            v.check(total >= 0 && PopulationScale.count(total, s.population().scale()) <= DccPopulation.MAX_HUBS, path + ".total",
                    "allowed: 0 to " + DccPopulation.MAX_HUBS + " installations, after population.scale");
            long waveTotal = PopulationScale.count(total, s.population().scale());
            v.check(installedBefore >= 0 && (waveTotal > DccPopulation.MAX_HUBS
                            || PopulationScale.count(installedBefore, s.population().scale()) + waveTotal <= DccPopulation.MAX_HUBS),
                    path + ".installedBefore", "allowed: 0 to " + DccPopulation.MAX_HUBS + " installations with total, after population.scale");
            v.check(failureShare >= 0 && failureShare <= 1, path + ".failureShare", "allowed: a share from 0 to 1");
            v.check(users.contains(supplier), path + ".supplier", "no User has id '" + supplier + "'" + Suggest.didYouMean(supplier, users));
            v.check(AlertCatalogue.get().find(code) != null, path + ".code", "unknown alert code; allowed: a GBCS alert code such as 8F3E");
        }

        /** Installations whose migration is attempted by {@code t}, microseconds from the run's start: {@code perDay / 24} an hour. */
        public long attemptedBy(long t) {
            long start = at.micros();
            return t < start ? 0 : Math.min(total, perDay * ((t - start) / 3_600_000_000L) / 24);
        }

        /** Installations on the DCC at {@code t}: those before, and the expected successes of the attempts so far [A]. */
        public long installedAt(long t) {
            return installedBefore + Math.round(attemptedBy(t) * (1 - failureShare));
        }

        /** Installation-seconds from the run's start to {@code end} (microseconds): {@link #installedAt}, a step each hour, integrated. */
        public double installationSeconds(long end) {
            long hour = 3_600_000_000L;
            double sum = 0;
            for (long t = 0; t < end; t += hour) {
                sum += installedAt(t) * ((Math.min(end, t + hour) - t) / 1e6);
            }
            return sum;
        }
    }

    /** Alert rates scaled month by month (30-day months) from {@code at}: by {@code factors}, or compounding {@code monthlyFactor}. */
    @TypeName("growth")
    record Growth(@Default(value = "0s") @Doc("when month 0 starts") SimDuration at,
                  @Optional @Doc("the rate multiplier for each month, month 0 first, each 0 to 1,000,000; the last holds after") List<Double> factors,
                  @Optional
                  @Doc("a compounding monthly multiplier, e.g. 1.08; more than 0, and compounded over the horizon at most 1,000,000")
                  Double monthlyFactor) implements DccEvent, java.io.Serializable {
        public static final long MONTH_MICROS = 30L * 86_400_000_000L;
        /** The most a growth event may multiply a rate by: a million, beyond any forecast of the network. */
        public static final double MAX_FACTOR = 1e6;

        @Override
        public void check(Validation v, String path, DccScenario s, Set<String> cohorts, Set<String> users) {
            DccEvent.super.check(v, path, s, cohorts, users);
            v.check((factors == null) != (monthlyFactor == null), path, "give either factors (a list) or monthlyFactor, not both or neither");
            v.check(factors == null || !factors.isEmpty(), path + ".factors", "allowed: a list of at least one factor, month 0 first");
            v.check(factors == null || factors.stream().allMatch(f -> f != null && f >= 0 && f <= MAX_FACTOR), path + ".factors",
                    "allowed: factors from 0 to " + (long) MAX_FACTOR);
            if (v.check(monthlyFactor == null || monthlyFactor > 0 && monthlyFactor <= MAX_FACTOR, path + ".monthlyFactor",
                    "allowed: a factor more than 0 and at most " + (long) MAX_FACTOR)
                    && monthlyFactor != null && monthlyFactor > 1) {
                long months = Math.max(0, s.duration().micros() - at.micros()) / MONTH_MICROS;
                v.check(months * Math.log(monthlyFactor) <= Math.log(MAX_FACTOR), path + ".monthlyFactor", "compounded over the "
                        + months + " month(s) of the horizon it would multiply rates by more than " + (long) MAX_FACTOR
                        + "; allowed: a factor whose growth over the horizon stays at most " + (long) MAX_FACTOR);
            }
        }

        /** The multiplier in force at {@code t} (microseconds). */
        public double factorAt(long t) {
            if (t < at.micros()) {
                return 1.0;
            }
            int month = (int) ((t - at.micros()) / MONTH_MICROS);
            if (factors != null) {
                return factors.isEmpty() ? 1.0 : factors.get(Math.min(month, factors.size() - 1));
            }
            return Math.pow(monthlyFactor, month);
        }

        /** The next time the factor changes after {@code t}. */
        public long nextChange(long t) {
            if (t < at.micros()) {
                return at.micros();
            }
            long month = (t - at.micros()) / MONTH_MICROS;
            return at.micros() + (month + 1) * MONTH_MICROS;
        }
    }
}
