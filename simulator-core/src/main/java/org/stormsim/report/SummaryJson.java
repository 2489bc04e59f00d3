package org.stormsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every {@code summary.json} shares whatever the scenario kind: its opening (the scenario's
 * name, kind, seed and replications, and whether the run completed), its closing {@code run}
 * section (the only part that depends on the machine) and its serialisation (indented, fields in
 * the order they were put, so the same results give the same bytes).
 */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** A summary's root with its {@code scenario} section and {@code status}. */
    public static ObjectNode open(String name, String kind, long seed, int replications, boolean completed) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", name);
        scenario.put("kind", kind);
        scenario.put("seed", seed);
        scenario.put("replications", replications);
        root.put("status", completed ? "completed" : "interrupted");
        return root;
    }

    /** Appends the {@code run} section: wall-clock time, speed, threads and version. */
    public static void close(ObjectNode root, double wallSeconds, long events, int threads) {
        ObjectNode run = root.putObject("run");
        run.put("wallSeconds", Math.round(wallSeconds * 1000) / 1000.0);
        run.put("eventsPerSecond", Math.round(events / Math.max(wallSeconds, 1e-9)));
        run.put("threads", threads);
        run.put("version", Version.get());
    }

    public static String toJson(ObjectNode summary) {
        try {
            return JSON.writeValueAsString(summary) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
