package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stormsim.catalogue.ServiceRequestCatalogue;
import org.stormsim.catalogue.ServiceRequestVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stormsim requests [FILTER]}: the DUIS Service Request variants with their flags. */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "List the DUIS Service Request variants with their catalogue flags and eligible User roles.",
        footer = {"", "Flags: C Critical, O On Demand, F future-dated response pattern (DSP/Device), S DCC Scheduled, N Non-Device.",
            "Examples:", "  stormsim requests", "  stormsim requests firmware", "  stormsim requests 4.1"})
final class RequestsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILTER", description = "show only variants whose id or name contains this (any case)")
    String filter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        String f = filter == null ? "" : filter.toLowerCase(Locale.ROOT);
        o.printf(Locale.ROOT, "%-8s %-5s %-12s %-14s %-22s %s%n", "variant", "flags", "category", "future-dated", "roles", "name");
        int shown = 0;
        for (ServiceRequestVariant v : ServiceRequestCatalogue.get().all()) {
            if ((v.variant() + " " + v.name()).toLowerCase(Locale.ROOT).contains(f)) {
                o.printf(Locale.ROOT, "%-8s %-5s %-12s %-14s %-22s %s%n", v.variant(), flags(v), v.defaultCategory().key(),
                        v.futureDatedPattern(), String.join(" ", v.eligibleRoles()), v.name());
                shown++;
            }
        }
        o.printf(Locale.ROOT, "%d of %d variants%n", shown, ServiceRequestCatalogue.get().all().size());
        return Main.OK;
    }

    private static String flags(ServiceRequestVariant v) {
        return (v.critical() ? "C" : "-") + (v.onDemand() ? "O" : "-") + (v.mayBeFutureDated() ? "F" : "-")
                + (v.dccScheduled() ? "S" : "-") + (v.nonDevice() ? "N" : "-");
    }
}
