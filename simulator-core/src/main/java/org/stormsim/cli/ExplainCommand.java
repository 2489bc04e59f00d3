package org.stormsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stormsim.plan.Cost;
import org.stormsim.scenario.Binder;
import org.stormsim.summary.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim explain FILE}: the fully resolved scenario, every value with where it came from
 * (the file and line, a {@code --set} override, or a default with its source tag as in
 * docs/model.md). The values are those the binder settles, heard as it binds, so the list cannot
 * drift from what a run uses.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print every value of a scenario, after defaults and --set overrides, and where each came from.",
        footer = {"", "Default sources (docs/model.md): F fact, S seed minutes, I inference, A assumption.",
            "Examples:", "  stormsim explain scenarios/quickstart.yaml",
            "  stormsim explain scenarios/quickstart.yaml --set dsp.lanes=4 --format json"})
final class ExplainCommand implements Callable<Integer> {
    /** How the explanation is printed. */
    enum Format { text, json }

    /** The longest value shown in its own column; longer values push the origin along. */
    private static final int VALUE_COLUMN = 28;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (aligned columns, the default) or json")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Binder.Resolved> values = new ArrayList<>();
        ScenarioOptions.Loaded loaded = scenario.load(spec.commandLine().getErr(), values::add);
        if (loaded == null) {
            return Main.BAD_INPUT;
        }
        PrintWriter o = spec.commandLine().getOut();
        Cost cost = ValidateCommand.cost(loaded.scenario());
        if (format == Format.json) {
            ObjectNode root = json(values);
            ObjectNode e = root.putObject("estimate");
            e.put("messages", cost.messages());
            e.put("events", cost.events());
            e.put("messagesHeldAtPeak", cost.inFlight());
            e.put("heapBytes", cost.heapBytes());
            e.put("diskBytes", cost.diskBytes());
            e.put("cpuSeconds", cost.cpuSeconds());
            ArrayNode terms = e.putArray("heap");
            cost.terms().forEach(t -> terms.addObject().put("what", t.what()).put("field", t.field()).put("bytes", t.bytes()));
            o.print(SummaryJson.toJson(root));
        } else {
            printText(o, values);
            o.println();
            o.println(ValidateCommand.estimate(loaded.scenario(), cost));
        }
        o.flush();
        return Main.OK;
    }

    /** Where a value came from: {@code file}, {@code override}, {@code default} or {@code unset}. */
    private String origin(Binder.Resolved v) {
        if (v.unset()) {
            return "unset";
        }
        if (v.defaultSource() != null) {
            return "default";
        }
        return v.location().source().equals(scenario.file.toString()) ? "file" : "override";
    }

    private String from(Binder.Resolved v) {
        switch (origin(v)) {
            case "unset":
                return "optional, not set";
            case "default":
                return "default [" + v.defaultSource() + "]";
            default:
                return v.location().toString();
        }
    }

    private void printText(PrintWriter o, List<Binder.Resolved> values) {
        int pathWidth = "path".length();
        for (Binder.Resolved v : values) {
            pathWidth = Math.max(pathWidth, v.path().length());
        }
        String row = "%-" + pathWidth + "s  %-" + VALUE_COLUMN + "s  %s%n";
        o.printf(Locale.ROOT, row, "path", "value", "from");
        for (Binder.Resolved v : values) {
            o.printf(Locale.ROOT, row, v.path(), v.unset() ? "-" : v.value(), from(v));
        }
    }

    private ObjectNode json(List<Binder.Resolved> values) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("file", scenario.file.toString());
        ArrayNode list = root.putArray("values");
        for (Binder.Resolved v : values) {
            ObjectNode n = list.addObject();
            n.put("path", v.path());
            if (!v.unset()) {
                n.put("value", v.value());
            }
            n.put("from", origin(v));
            if (v.defaultSource() != null) {
                n.put("source", v.defaultSource());
            } else if (!v.unset()) {
                n.put("at", v.location().toString());
            }
        }
        return root;
    }
}
