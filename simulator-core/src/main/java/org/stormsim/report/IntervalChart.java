package org.stormsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One chart of a metric's mean with its 95% interval against a parameter, as the page script
 * ({@code page.js}, {@code stormsim.intervalChart}) draws it: error bars from mean - halfWidth to
 * mean + halfWidth, one line per series, horizontal lines (a target bound) and marks (an answer).
 * The x values are given as written ({@code 2}, {@code 0.5}, {@code true}, {@code 10s}): when every
 * one is a plain number they are positions on a numeric axis, in ascending order; otherwise they are
 * categories, 0, 1, 2 ... in the order given, labelled with the values. Series arrays are indexed
 * like the x values as given; NaN means no value. Built and read on one thread.
 */
public final class IntervalChart {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final ObjectNode spec = F.objectNode();
    private final List<String> xValues;
    private final boolean categorical;
    /** order[k]: the index, among the x values as given, of the k-th position from the left. */
    private final int[] order;

    public IntervalChart(String id, String title, String xLabel, List<String> xValues, String yLabel) {
        if (xValues.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one x value");
        }
        this.xValues = List.copyOf(xValues);
        this.categorical = !xValues.stream().allMatch(IntervalChart::numeric);
        this.order = categorical ? IntStream.range(0, xValues.size()).toArray()
                : IntStream.range(0, xValues.size()).boxed()
                        .sorted(Comparator.comparingDouble(i -> Double.parseDouble(xValues.get(i)))).mapToInt(i -> i).toArray();
        spec.put("id", id).put("title", title).put("xLabel", xLabel).put("yLabel", yLabel).put("categorical", categorical);
        ArrayNode x = spec.putArray("x");
        ArrayNode labels = spec.putArray("xLabels");
        for (int k = 0; k < order.length; k++) {
            x.add(position(order[k]));
            labels.add(xValues.get(order[k]));
        }
        spec.putArray("series");
        spec.putArray("lines");
        spec.putArray("marks");
    }

    /** Whether {@code value} is a plain decimal number (not a duration, a word or a number with a unit). */
    public static boolean numeric(String value) {
        return NUMBER.matcher(value.trim()).matches();
    }

    /** Adds a series: its means and 95% half-widths, indexed like the x values as given (NaN: none). */
    public IntervalChart series(String label, double[] mean, double[] halfWidth95) {
        if (mean.length != xValues.size() || halfWidth95.length != xValues.size()) {
            throw new IllegalArgumentException("a series needs one mean and one half-width per x value (" + xValues.size() + ")");
        }
        ObjectNode s = ((ArrayNode) spec.get("series")).addObject();
        s.put("label", label);
        ArrayNode m = s.putArray("mean");
        ArrayNode lo = s.putArray("lo");
        ArrayNode hi = s.putArray("hi");
        for (int i : order) {
            boolean interval = finite(mean[i]) && finite(halfWidth95[i]);
            add(m, mean[i]);
            add(lo, interval ? mean[i] - halfWidth95[i] : Double.NaN);
            add(hi, interval ? mean[i] + halfWidth95[i] : Double.NaN);
        }
        return this;
    }

    /** Adds a horizontal line at {@code y} (a target bound). */
    public IntervalChart line(double y, String label) {
        ((ArrayNode) spec.get("lines")).addObject().put("y", y).put("label", label);
        return this;
    }

    /** Marks the x value at {@code index} (among the x values as given) with a vertical line (an answer). */
    public IntervalChart mark(int index, String label) {
        ((ArrayNode) spec.get("marks")).addObject().put("x", position(index)).put("label", label);
        return this;
    }

    /** The description the page script draws. */
    public ObjectNode toJson() {
        return spec.deepCopy();
    }

    private double position(int index) {
        return categorical ? index : Double.parseDouble(xValues.get(index));
    }

    private static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static void add(ArrayNode a, double v) {
        if (finite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }
}
