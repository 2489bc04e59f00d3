package org.stormsim.study;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far a current figure may be from its baseline and still count as the same result.
 * Fractional numbers (those written with a decimal point or exponent) may differ by {@code relative}
 * times the baseline's magnitude; whole numbers (counts) by {@code countRelative} times it (0 by
 * default: counts must be equal). A JSON pointer in {@code absolute} sets an absolute allowance
 * instead, for that figure and every figure under it (the longest matching pointer wins), e.g.
 * {@code /alerts/latency/p99 = 0.5} seconds. Immutable.
 */
public record Tolerance(double relative, double countRelative, Map<String, Double> absolute) {
    /** Everything must be equal: what a rerun of a deterministic baseline must give. */
    public static final Tolerance EXACT = new Tolerance(0, 0, Map.of());

    public Tolerance {
        if (!(relative >= 0) || !(countRelative >= 0)) {
            throw new IllegalArgumentException("a relative tolerance is a number of 0 or more");
        }
        absolute = Map.copyOf(new TreeMap<>(absolute));
        for (Map.Entry<String, Double> e : absolute.entrySet()) {
            if (!e.getKey().startsWith("/") || !(e.getValue() >= 0)) {
                throw new IllegalArgumentException("an absolute tolerance is a JSON pointer (starting with /) and a number of 0 or more: "
                        + e.getKey() + "=" + e.getValue());
            }
        }
    }

    /** The difference allowed at {@code path} for a baseline value {@code baseline}. */
    public double allowed(String path, double baseline, boolean wholeNumber) {
        Double abs = absoluteAt(path);
        if (abs != null) {
            return abs;
        }
        return (wholeNumber ? countRelative : relative) * Math.abs(baseline);
    }

    /** The absolute allowance of the longest pointer that is {@code path} or one of its parents, or null. */
    public Double absoluteAt(String path) {
        String best = null;
        for (String p : absolute.keySet()) {
            boolean covers = path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/");
            if (covers && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best == null ? null : absolute.get(best);
    }
}
