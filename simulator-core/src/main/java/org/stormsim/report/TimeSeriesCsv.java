package org.stormsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.stormsim.dcc.DccSeries;
import org.stormsim.stations.NetworkSeries;

/**
 * {@code timeseries.csv}: a header of {@link SeriesColumns}, then one row per interval of simulated
 * time. Counts are whole numbers; other values have a fixed number of decimals; an empty cell is an
 * interval without a value (no alert delivered, so no latency). The same series gives the same
 * bytes.
 */
public final class TimeSeriesCsv {
    private TimeSeriesCsv() {
    }

    public static String render(DccSeries series) {
        return render(SeriesColumns.of(series), series.rows());
    }

    public static String render(NetworkSeries series) {
        return render(SeriesColumns.of(series), series.rows());
    }

    private static String render(List<SeriesColumns.Column> columns, int rows) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            b.append(c == 0 ? "" : ",").append(columns.get(c).name());
        }
        b.append('\n');
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < columns.size(); c++) {
                SeriesColumns.Column col = columns.get(c);
                b.append(c == 0 ? "" : ",").append(format(col.value().applyAsDouble(i), col.decimals()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A value with {@code decimals} decimals (half-up, no exponent); empty for NaN. */
    static String format(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (decimals == 0) {
            return Long.toString(Math.round(v));
        }
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
