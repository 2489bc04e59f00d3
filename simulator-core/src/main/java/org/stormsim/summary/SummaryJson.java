package org.stormsim.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stormsim.scenario.Scenario;

/**
 * What every {@code summary.json} shares whatever the scenario kind: its opening (the scenario's
 * name, kind, seed, replications and hash, and whether the run completed), its closing {@code run}
 * section (the only part that depends on the machine or the build: wall-clock time, threads,
 * version, git commit), its results {@code fingerprint} and its serialisation (indented, fields in
 * the order they were put, so the same results give the same bytes). docs/baselines.md describes
 * the reproducibility fields.
 */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary's section that is neither results nor scenario: machine, build and wall-clock time. */
    public static final String RUN = "run";
    /** The top-level field holding the SHA-256 of the summary's results ({@link #fingerprint}). */
    public static final String FINGERPRINT = "fingerprint";

    /**
     * A summary's root with its {@code scenario} section and {@code status}; {@code resolved} is the
     * bound scenario record (defaults in, overrides applied), whose {@link ScenarioHash} goes in
     * {@code scenario.hash}.
     */
    public static ObjectNode open(Scenario resolved, String name, String kind, long seed, int replications, boolean completed) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", name);
        scenario.put("kind", kind);
        scenario.put("seed", seed);
        scenario.put("replications", replications);
        scenario.put("hash", ScenarioHash.of(resolved));
        root.put("status", completed ? "completed" : "interrupted");
        return root;
    }

    /** Appends the {@code run} section: wall-clock time, speed, threads, version and git commit. */
    public static void close(ObjectNode root, double wallSeconds, long events, int threads) {
        ObjectNode run = root.putObject("run");
        run.put("wallSeconds", Math.round(wallSeconds * 1000) / 1000.0);
        run.put("eventsPerSecond", Math.round(events / Math.max(wallSeconds, 1e-9)));
        run.put("threads", threads);
        run.put("version", Version.get());
        run.put("commit", Version.commit());
    }

    /**
     * The SHA-256 of the canonical JSON of {@code summary} without its {@code run} section and without
     * the fingerprint itself: equal for equal results, whatever the machine, the threads or the build.
     */
    public static String fingerprint(JsonNode summary) {
        ObjectNode results = summary.deepCopy();
        results.remove(RUN);
        results.remove(FINGERPRINT);
        return Canonical.sha256(results);
    }

    /** The summary's text, with its {@code fingerprint} (re)computed and put just before the {@code run} section, which stays last. */
    public static String toJson(ObjectNode summary) {
        String fingerprint = fingerprint(summary);
        summary.remove(FINGERPRINT);
        JsonNode run = summary.remove(RUN);
        summary.put(FINGERPRINT, fingerprint);
        if (run != null) {
            summary.set(RUN, run);
        }
        try {
            return JSON.writeValueAsString(summary) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
