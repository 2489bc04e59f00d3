package org.stormsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stormsim.report.AtomicFiles;
import org.stormsim.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stormsim schema}: writes the JSON Schema of scenario files (the one committed as
 * docs/stormsim-scenario.schema.json), for editors to complete and check scenarios as they are typed.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write the JSON Schema (draft 2020-12) of scenario files, for editors (VS Code, IntelliJ).",
        footer = {"", "Examples:", "  stormsim schema --out stormsim-scenario.schema.json", "  stormsim schema | less",
            "", "A scenario's first line can point an editor at it (README: Editors):",
            "  # yaml-language-server: $schema=../docs/stormsim-scenario.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", description = "write the schema to FILE (default: standard output)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String schema = ScenarioSchema.json();
        if (out == null) {
            spec.commandLine().getOut().print(schema);
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        if (Files.isDirectory(out)) {
            spec.commandLine().getErr().println("--out " + out + ": this is a folder; allowed: a file name, e.g. "
                    + out.resolve("stormsim-scenario.schema.json"));
            return Main.BAD_INPUT;
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            spec.commandLine().getErr().println("--out " + out + ": not a regular file (a device, a pipe or a socket), which would be replaced; "
                    + "allowed: the path of a file, created or replaced, e.g. stormsim-scenario.schema.json");
            return Main.BAD_INPUT;
        }
        AtomicFiles.write(out, schema);
        spec.commandLine().getErr().println("wrote " + out);
        return Main.OK;
    }
}
