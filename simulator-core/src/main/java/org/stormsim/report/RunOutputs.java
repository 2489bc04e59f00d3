package org.stormsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.stormsim.experiment.DccReplicationResult;
import org.stormsim.experiment.DccRunResult;
import org.stormsim.experiment.DccSeries;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.experiment.NetworkSeries;
import org.stormsim.experiment.ReplicationResult;

/**
 * Writes the output files of a run into its folder, each atomically: {@code summary.json}, and from
 * replication 0's time series (when it kept one) {@code timeseries.csv}, {@code latency.hlog} and
 * {@code report.html} ({@link ReportHtml} for {@code kind: dcc}, {@link NetworkReportHtml} for
 * {@code kind: network}). An interrupted run writes what it has. Returns the
 * files written, in that order.
 */
public final class RunOutputs {
    public static final String SUMMARY = "summary.json";
    public static final String TIME_SERIES = "timeseries.csv";
    public static final String LATENCY_LOG = "latency.hlog";
    public static final String REPORT = "report.html";

    private RunOutputs() {
    }

    public static List<Path> dcc(Path dir, DccRunResult result, ObjectNode summary) throws IOException {
        List<Path> written = summary(dir, summary);
        DccSeries series = first(result.replications(), DccReplicationResult::series);
        if (series != null) {
            series(dir, written, TimeSeriesCsv.render(series), series.outcomes().latencyLog());
            written.add(write(dir.resolve(REPORT), ReportHtml.render(result.scenario(), series, summary)));
        }
        return written;
    }

    public static List<Path> network(Path dir, NetworkRunResult result, ObjectNode summary) throws IOException {
        List<Path> written = summary(dir, summary);
        NetworkSeries series = first(result.replications(), ReplicationResult::timeSeries);
        if (series != null) {
            series(dir, written, TimeSeriesCsv.render(series), series.outcomes().latencyLog());
            written.add(write(dir.resolve(REPORT), NetworkReportHtml.render(result.scenario(), series, summary)));
        }
        return written;
    }

    /** Replication 0's time series, or null when there was no replication or it kept none. */
    private static <R, S> S first(List<R> replications, Function<R, S> series) {
        return replications.isEmpty() ? null : series.apply(replications.get(0));
    }

    private static List<Path> summary(Path dir, ObjectNode summary) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve(SUMMARY), SummaryJson.toJson(summary)));
        return written;
    }

    private static void series(Path dir, List<Path> written, String csv, String latencyLog) throws IOException {
        written.add(write(dir.resolve(TIME_SERIES), csv));
        written.add(write(dir.resolve(LATENCY_LOG), latencyLog));
    }

    private static Path write(Path file, String content) throws IOException {
        AtomicFiles.write(file, content);
        return file;
    }
}
