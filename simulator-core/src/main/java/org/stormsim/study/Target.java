package org.stormsim.study;

import java.util.Locale;
import org.stormsim.scenario.InvalidValueException;
import org.stormsim.scenario.Units;
import org.stormsim.summary.MetricPath;

/**
 * A target a summary metric must meet, as written on the command line: {@code alerts.p99<=60s},
 * {@code lanes.max.utilisation<=0.7}, {@code sla.measures.alerts.all.achieved>=99%}. The right-hand
 * side is a number, a percentage, or a duration (in seconds, as every time in the summary is).
 */
public record Target(MetricPath metric, boolean atMost, double bound, String text) {
    public static final String ALLOWED = "PATH<=VALUE or PATH>=VALUE, e.g. alerts.p99<=60s, lanes.max.utilisation<=0.7, "
            + "sla.measures.alerts.all.achieved>=99%";

    public static Target parse(String text) {
        String t = text.trim();
        int le = t.indexOf("<=");
        int ge = t.indexOf(">=");
        if ((le < 0) == (ge < 0)) {
            throw new IllegalArgumentException("'" + text + "': write " + ALLOWED);
        }
        int at = le >= 0 ? le : ge;
        MetricPath path = MetricPath.parse(t.substring(0, at));
        return new Target(path, le >= 0, value(t.substring(at + 2).trim(), text), t);
    }

    private static double value(String v, String text) {
        try {
            if (v.endsWith("%")) {
                return Double.parseDouble(v.substring(0, v.length() - 1).trim()) / 100.0;
            }
            if (v.matches("[-+]?[0-9._]+([eE][-+]?[0-9]+)?")) {
                return Double.parseDouble(v.replace("_", ""));
            }
            return Units.micros(v, "") / 1e6;
        } catch (NumberFormatException | InvalidValueException e) {
            throw new IllegalArgumentException("'" + text + "': '" + v + "' is not a number, a percentage or a duration "
                    + "(e.g. 0.7, 99%, 60s, 500ms)");
        }
    }

    /** Whether {@code value} meets the target (a missing value never does). */
    public boolean met(double value) {
        return !Double.isNaN(value) && (atMost ? value <= bound : value >= bound);
    }

    /** How the metric compares, for the console: {@code 41.2 <= 60}. */
    public String describe(double value) {
        return String.format(Locale.ROOT, "%s = %.6g %s %.6g", metric, value, met(value) ? (atMost ? "<=" : ">=") : (atMost ? ">" : "<"), bound);
    }

    @Override
    public String toString() {
        return text;
    }
}
