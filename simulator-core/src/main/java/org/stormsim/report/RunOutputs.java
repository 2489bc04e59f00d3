package org.stormsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stormsim.experiment.DccRunResult;
import org.stormsim.experiment.DccSeries;
import org.stormsim.experiment.NetworkRunResult;
import org.stormsim.experiment.NetworkSeries;

/**
 * Writes the output files of a run into its folder, each atomically: {@code summary.json}, and from
 * replication 0's time series (when it kept one) {@code timeseries.csv}, {@code latency.hlog} and,
 * for {@code kind: dcc}, {@code report.html}. An interrupted run writes what it has. Returns the
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
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve(SUMMARY), SummaryJson.toJson(summary)));
        DccSeries series = result.replications().isEmpty() ? null : result.replications().get(0).series();
        if (series != null) {
            written.add(write(dir.resolve(TIME_SERIES), TimeSeriesCsv.render(series)));
            written.add(write(dir.resolve(LATENCY_LOG), series.outcomes().latencyLog()));
            written.add(write(dir.resolve(REPORT), ReportHtml.render(result.scenario(), series, summary)));
        }
        return written;
    }

    public static List<Path> network(Path dir, NetworkRunResult result, ObjectNode summary) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve(SUMMARY), SummaryJson.toJson(summary)));
        NetworkSeries series = result.replications().isEmpty() ? null : result.replications().get(0).timeSeries();
        if (series != null) {
            written.add(write(dir.resolve(TIME_SERIES), TimeSeriesCsv.render(series)));
            written.add(write(dir.resolve(LATENCY_LOG), series.outcomes().latencyLog()));
        }
        return written;
    }

    private static Path write(Path file, String content) throws IOException {
        AtomicFiles.write(file, content);
        return file;
    }
}
