package org.stormsim.scenario;

/**
 * The most customers a station may hold (waiting plus in service): a positive whole number, or
 * {@code unbounded}.
 */
public record Capacity(long limit) implements java.io.Serializable {
    public static final Capacity UNBOUNDED = new Capacity(Long.MAX_VALUE);

    public static Capacity parse(String text) {
        if (text.equals("unbounded")) {
            return UNBOUNDED;
        }
        try {
            long v = Long.parseLong(text.replace("_", ""));
            if (v >= 1) {
                return new Capacity(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        throw new InvalidValueException((t.matches("[-+]?\\.?inf(inity)?") ? "infinity is written unbounded; " : "")
                + "allowed: unbounded, or a whole number of customers of at least 1");
    }

    public boolean isBounded() {
        return limit != Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return isBounded() ? Long.toString(limit) : "unbounded";
    }
}
