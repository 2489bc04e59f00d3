package org.stormsim.scenario;

import java.util.Arrays;

/**
 * How a rate varies over the day: 24 hourly weights with mean 1 (the rate given is the daily
 * average). {@code flat} is constant; {@code domestic} is an assumed residential curve (low at
 * night, morning and evening peaks) [A]; a list of 24 numbers gives any other shape.
 */
public record DailyProfile(String name, double[] weights) implements java.io.Serializable {
    private static final double[] DOMESTIC = {
        0.45, 0.35, 0.30, 0.30, 0.35, 0.55, 0.90, 1.30, 1.35, 1.15, 1.05, 1.05,
        1.10, 1.05, 1.00, 1.05, 1.25, 1.55, 1.75, 1.70, 1.50, 1.25, 0.90, 0.65};

    public static final DailyProfile FLAT = new DailyProfile("flat", normalise(new double[24]));

    public static DailyProfile parse(String text) {
        switch (text) {
            case "flat":
                return FLAT;
            case "domestic":
                return new DailyProfile("domestic", normalise(DOMESTIC));
            default:
                throw new InvalidValueException("unknown profile" + Suggest.didYouMean(text, java.util.List.of("flat", "domestic"))
                        + "; allowed: flat, domestic, or a list of 24 hourly weights");
        }
    }

    /** The {@link Binder.NodeParser}: a profile name or a list of 24 non-negative weights. */
    static DailyProfile fromNode(Node node, String path, Binder binder) {
        if (node instanceof Node.ScalarNode s) {
            try {
                return parse(s.text().trim());
            } catch (InvalidValueException e) {
                binder.report(s.location(), path, s.show(), e.getMessage());
                return null;
            }
        }
        if (node instanceof Node.ListNode l && l.items().size() == 24) {
            double[] w = new double[24];
            for (int i = 0; i < 24; i++) {
                Object o = binder.value(l.items().get(i), Double.class, path + "[" + i + "]");
                if (o == null) {
                    return null;
                }
                w[i] = (Double) o;
                if (w[i] < 0) {
                    binder.report(l.items().get(i).location(), path + "[" + i + "]", String.valueOf(w[i]), "allowed: a weight of 0 or more");
                    return null;
                }
            }
            if (Arrays.stream(w).sum() <= 0) {
                binder.report(l.location(), path, null, "at least one hourly weight must be more than 0");
                return null;
            }
            return new DailyProfile("custom", normalise(w));
        }
        String given = node instanceof Node.ListNode l ? "a list of " + l.items().size() : node.show();
        binder.report(node.location(), path, given, "allowed: flat, domestic, or a list of exactly 24 hourly weights");
        return null;
    }

    /** The weight of hour {@code h} (0-23). */
    public double weight(int hour) {
        return weights[hour];
    }

    public double maxWeight() {
        return Arrays.stream(weights).max().orElse(1);
    }

    private static double[] normalise(double[] w) {
        double sum = Arrays.stream(w).sum();
        double[] out = new double[24];
        for (int i = 0; i < 24; i++) {
            out[i] = sum == 0 ? 1.0 : w[i] * 24 / sum;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailyProfile p && name.equals(p.name) && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return name.equals("custom") ? Arrays.toString(weights) : name;
    }
}
