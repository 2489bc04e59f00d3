package org.stormsim.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of committed baselines ({@code results/baselines/baselines.yaml}): for each shipped
 * scenario, the scale, seed and replications it is run at in CI, and any other overrides. Each
 * entry's summary is kept in {@code results/baselines/NAME/summary.json}, NAME being the scenario
 * file's name without {@code .yaml}. docs/baselines.md explains how baselines are checked and updated.
 */
public record BaselineManifest(List<Entry> entries) {
    public static final String FILE = "baselines.yaml";

    /**
     * One baseline: the scenario file (under {@code scenarios/}), its {@code population.scale} (null:
     * as the file has it; a network scenario has none), seed, replications and other {@code --set}
     * overrides.
     */
    public record Entry(String scenario, Double scale, long seed, int replications, List<String> set) {
        /** The baseline's name: the scenario file's name without its extension. */
        public String name() {
            return scenario.replaceAll("\\.ya?ml$", "");
        }

        /** Every override, as {@code --set} would take them. */
        public List<String> overrides() {
            List<String> out = new ArrayList<>();
            if (scale != null) {
                out.add("population.scale=" + scale);
            }
            out.add("seed=" + seed);
            out.add("replications=" + replications);
            out.addAll(set);
            return out;
        }
    }

    /** Reads the manifest at {@code file}; a malformed one fails with a message naming the entry and field. */
    public static BaselineManifest read(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode list = root == null ? null : root.get("baselines");
        if (list == null || !list.isArray()) {
            throw new IOException(file + ": expected a list under 'baselines:'");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = file + ": baselines[" + i + "]";
            if (!e.path("scenario").isTextual() || !e.path("seed").canConvertToLong() || !e.path("replications").isInt()) {
                throw new IOException(at + ": each baseline needs scenario (a file name), seed and replications (whole numbers)");
            }
            if (e.has("scale") && !e.get("scale").isNumber()) {
                throw new IOException(at + ".scale: allowed: a number more than 0");
            }
            List<String> set = new ArrayList<>();
            e.path("set").forEach(s -> set.add(s.asText()));
            entries.add(new Entry(e.get("scenario").asText(), e.has("scale") ? e.get("scale").asDouble() : null,
                    e.get("seed").asLong(), e.get("replications").asInt(), List.copyOf(set)));
        }
        return new BaselineManifest(List.copyOf(entries));
    }
}
