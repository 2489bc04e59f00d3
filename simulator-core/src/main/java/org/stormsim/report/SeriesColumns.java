package org.stormsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.stormsim.catalogue.AlertCatalogue;
import org.stormsim.dcc.AlertOutcome;
import org.stormsim.dcc.DccSeries;
import org.stormsim.dcc.IntervalSampler;
import org.stormsim.dcc.TimeSeriesConsumer;
import org.stormsim.scenario.DccScenario;
import org.stormsim.stations.NetworkSampler;
import org.stormsim.stations.NetworkSeries;
import org.stormsim.stations.NetworkSeriesConsumer;

/**
 * The columns of a run's time series, in the order {@code timeseries.csv} has them and the report
 * charts read them (docs/outputs.md lists them): each a name, the decimals it is written with (0: a
 * count) and its value per interval (NaN: no value, an empty cell). The set of columns is fixed
 * before anything is written: for {@code kind: dcc} one per lane and region, one per alert code
 * the run raised, and SECMP0067's admitted, refused and deferred requests when it is on; for {@code kind: network} a few per station. Times in seconds.
 */
public final class SeriesColumns {
    private static final List<String> REGIONS = DccScenario.REGIONS;

    /** One column: its header, decimals, and value at interval {@code i}. */
    public record Column(String name, int decimals, IntToDoubleFunction value) {
    }

    private SeriesColumns() {
    }

    /** The first {@code rows} values of each column, by name in column order, as the report pages' blob holds them (null: no value). */
    static ObjectNode json(List<Column> columns, int rows) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Column c : columns) {
            ArrayNode values = out.putArray(c.name());
            for (int i = 0; i < rows; i++) {
                double v = c.value().applyAsDouble(i);
                if (Double.isNaN(v)) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            }
        }
        return out;
    }

    public static List<Column> of(DccSeries s) {
        List<Column> out = new ArrayList<>();
        double interval = s.interval() / 1e6;
        out.add(new Column("start_s", 3, i -> i * interval));
        alerts(out, s.model(), s.outcomes());
        requests(out, s.outcomes());
        out.add(new Column("throttle_engaged_fraction", 6, i -> s.model().throttleEngaged(i)));
        if (s.model().managed()) {
            out.add(new Column("throttle_admitted", 0, i -> s.model().throttleAdmitted(i)));
            out.add(new Column("throttle_refused", 0, i -> s.model().throttleRefused(i)));
            out.add(new Column("throttle_deferred", 0, i -> s.model().throttleDeferred(i)));
        }
        lanes(out, s.model());
        wan(out, s.model());
        codes(out, s.model());
        return out;
    }

    /** The columns of a queueing network's series: time in the system, then each station's, in file order. */
    public static List<Column> of(NetworkSeries s) {
        List<Column> out = new ArrayList<>();
        double interval = s.interval() / 1e6;
        NetworkSeriesConsumer o = s.outcomes();
        NetworkSampler m = s.model();
        out.add(new Column("start_s", 3, i -> i * interval));
        out.add(new Column("time_in_system_p50_s", 6, i -> o.timeInSystem(false, i) / 1e6));
        out.add(new Column("time_in_system_p99_s", 6, i -> o.timeInSystem(true, i) / 1e6));
        for (int k = 0; k < s.ids().size(); k++) {
            station(out, s.ids().get(k), s.types().get(k), k, o, m);
        }
        return out;
    }

    private static void station(List<Column> out, String id, String type, int k, NetworkSeriesConsumer o, NetworkSampler m) {
        switch (type) {
            case "source" -> {
                // a source's arrivals are the departures of the stations it feeds
            }
            case "sink" -> out.add(new Column(id + "_absorbed", 0, i -> o.count(NetworkSeriesConsumer.ABSORBED, k, i)));
            default -> {
                out.add(new Column(id + "_departed", 0, i -> o.count(NetworkSeriesConsumer.DEPARTED, k, i)));
                if (!type.equals("delay")) {
                    out.add(new Column(id + "_lost", 0, i -> o.count(NetworkSeriesConsumer.LOST, k, i)));
                }
                if (type.equals("queue")) {
                    out.add(new Column(id + "_utilisation", 6, i -> m.utilisation(k, i)));
                }
                out.add(new Column(id + "_in_station_mean", 4, i -> m.inStationMean(k, i)));
                out.add(new Column(id + "_in_station_max", 0, i -> m.inStationMax(k, i)));
            }
        }
    }

    private static void alerts(List<Column> out, IntervalSampler m, TimeSeriesConsumer o) {
        out.add(new Column("alerts_raised", 0, i -> m.raised(0, i) + m.raised(1, i) + m.raised(2, i)));
        out.add(new Column("alerts_delivered", 0, i -> allRegions(o, AlertOutcome.DELIVERED, i)));
        out.add(new Column("alerts_suppressed", 0, i -> allRegions(o, AlertOutcome.SUPPRESSED, i)));
        out.add(new Column("alerts_rejected_duplicate", 0, i -> o.rejectedDuplicates(0, i) + o.rejectedDuplicates(1, i) + o.rejectedDuplicates(2, i)));
        out.add(new Column("alerts_lost", 0, i -> allRegions(o, AlertOutcome.LOST, i)));
        for (int r = 0; r < REGIONS.size(); r++) {
            int region = r;
            String n = REGIONS.get(r);
            out.add(new Column("alerts_raised_" + n, 0, i -> m.raised(region, i)));
            out.add(new Column("alerts_delivered_" + n, 0, i -> o.alerts(AlertOutcome.DELIVERED, region, i)));
            out.add(new Column("alerts_suppressed_" + n, 0, i -> o.alerts(AlertOutcome.SUPPRESSED, region, i)));
        }
        out.add(new Column("alert_latency_p50_s", 6, i -> o.alertLatency(false, i) / 1e6));
        out.add(new Column("alert_latency_p99_s", 6, i -> o.alertLatency(true, i) / 1e6));
    }

    private static double allRegions(TimeSeriesConsumer o, AlertOutcome kind, int i) {
        return o.alerts(kind, 0, i) + o.alerts(kind, 1, i) + o.alerts(kind, 2, i);
    }

    private static void requests(List<Column> out, TimeSeriesConsumer o) {
        out.add(new Column("sr_submitted", 0, i -> o.requests(TimeSeriesConsumer.SUBMITTED, i)));
        out.add(new Column("sr_completed", 0, i -> o.requests(TimeSeriesConsumer.COMPLETED, i)));
        out.add(new Column("sr_timed_out", 0, i -> o.requests(TimeSeriesConsumer.TIMED_OUT, i)));
        out.add(new Column("sr_throttled", 0, i -> o.requests(TimeSeriesConsumer.THROTTLED, i)));
        out.add(new Column("sr_response_p50_s", 6, i -> o.responseTime(false, i) / 1e6));
        out.add(new Column("sr_response_p99_s", 6, i -> o.responseTime(true, i) / 1e6));
    }

    private static void lanes(List<Column> out, IntervalSampler m) {
        out.add(new Column("dsp_utilisation", 6, m::dspUtilisation));
        out.add(new Column("dsp_queue_mean", 4, m::dspQueueMean));
        out.add(new Column("dsp_queue_max", 0, m::dspQueueMax));
        for (int k = 0; k < m.lanes(); k++) {
            int lane = k;
            out.add(new Column("lane_" + k + "_utilisation", 6, i -> m.laneUtilisation(lane, i)));
            out.add(new Column("lane_" + k + "_queue_mean", 4, i -> m.laneQueueMean(lane, i)));
            out.add(new Column("lane_" + k + "_queue_max", 0, i -> m.laneQueueMax(lane, i)));
        }
    }

    private static void wan(List<Column> out, IntervalSampler m) {
        for (int r = 0; r < REGIONS.size(); r++) {
            int region = r;
            String n = REGIONS.get(r);
            out.add(new Column("wan_" + n + "_uplink_utilisation", 6, i -> m.uplinkUtilisation(region, i)));
            out.add(new Column("wan_" + n + "_downlink_utilisation", 6, i -> m.downlinkUtilisation(region, i)));
            out.add(new Column("wan_" + n + "_uplink_queue_mean", 4, i -> m.uplinkQueueMean(region, i)));
            out.add(new Column("wan_" + n + "_uplink_queue_max", 0, i -> m.uplinkQueueMax(region, i)));
        }
    }

    /** One column per alert code the run raised, in catalogue order. */
    private static void codes(List<Column> out, IntervalSampler m) {
        AlertCatalogue catalogue = AlertCatalogue.get();
        for (int c = 0; c < catalogue.size(); c++) {
            if (m.codeRaised(c)) {
                int code = c;
                out.add(new Column("raised_" + catalogue.at(c).code(), 0, i -> m.raisedOfCode(code, i)));
            }
        }
    }
}
