package org.stormsim.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.report.AtomicFiles;
import org.stormsim.report.OutputSet;
import org.stormsim.summary.SummaryJson;

/**
 * Writes the output files of a run into its folder, as one set ({@link OutputSet}): {@code summary.json}, and from
 * the first replication's time series (when it kept one) {@code timeseries.csv}, {@code latency.hlog}
 * and {@code report.html} (the kind's page). An interrupted run writes what it has. Returns the files
 * written, in that order.
 */
public final class RunOutputs {
    public static final String SUMMARY = "summary.json";
    public static final String TIME_SERIES = "timeseries.csv";
    public static final String LATENCY_LOG = "latency.hlog";
    public static final String REPORT = "report.html";

    private RunOutputs() {
    }

    /** Every output of {@code run}, whose summary is {@code summary}. */
    public static <C extends org.stormsim.experiment.ReplicationOutcome> List<Path> write(Path dir, PlannedRun<C> run, ObjectNode summary)
            throws IOException {
        return OutputSet.write(dir, staging -> {
            List<Path> written = new ArrayList<>();
            written.add(write(staging.resolve(SUMMARY), SummaryJson.toJson(summary)));
            if (!run.replications().isEmpty()) {
                written.addAll(run.kind().writeSeries(staging, run.replications().get(0), summary, run.replications().size()));
            }
            return written;
        });
    }

    /** The time series files: {@code timeseries.csv}, {@code latency.hlog}, {@code report.html}. */
    static List<Path> writeSeries(Path dir, String csv, String latencyLog, String reportHtml) throws IOException {
        return List.of(write(dir.resolve(TIME_SERIES), csv), write(dir.resolve(LATENCY_LOG), latencyLog),
                write(dir.resolve(REPORT), reportHtml));
    }

    private static Path write(Path file, String content) throws IOException {
        AtomicFiles.write(file, content);
        return file;
    }
}
