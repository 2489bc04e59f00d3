package org.stormsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.catalogue.AlertCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stormsim codes [FILTER]}: the alert codes a scenario may name (GBCS, and the DCC alert AD1). */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "List the alert codes the GB model knows: the 184 GBCS alert codes and the DCC alert AD1.",
        footer = {"", "Examples:", "  stormsim codes", "  stormsim codes outage", "  stormsim codes 8F3"})
final class CodesCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILTER", description = "show only codes whose code or name contains this (any case)")
    String filter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        String f = filter == null ? "" : filter.toLowerCase(Locale.ROOT);
        int shown = 0;
        for (AlertCode c : AlertCatalogue.get().all()) {
            if ((c.code() + " " + c.name()).toLowerCase(Locale.ROOT).contains(f)) {
                o.printf(Locale.ROOT, "%-5s %s%s%n", c.code(), c.name(), AlertCatalogue.isOutageCode(c.code()) ? "  [to the Network Operator]" : "");
                shown++;
            }
        }
        o.printf(Locale.ROOT, "%d of %d codes%n", shown, AlertCatalogue.get().size());
        return Main.OK;
    }
}
