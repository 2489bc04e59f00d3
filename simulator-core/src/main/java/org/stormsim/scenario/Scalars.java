package org.stormsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Conversion of scalar text to the plain Java types scenario records use (strings, whole numbers,
 * decimals, booleans, enums) and, through registered parsers, to value types. Enum constants are
 * written in lower camel case in files ({@code DEVICE_AND_CODE} is {@code deviceAndCode}).
 */
final class Scalars {
    private Scalars() {
    }

    static Object convert(Node.ScalarNode s, Class<?> c, Binder.ScalarParser<?> parser) {
        if (parser != null) {
            return parser.parse(s.text().trim());
        }
        if (c == String.class) {
            return s.text();
        }
        if (c == int.class || c == Integer.class) {
            long v = wholeNumber(s);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new InvalidValueException("too large; allowed: a whole number up to " + Integer.MAX_VALUE);
            }
            return (int) v;
        }
        if (c == long.class || c == Long.class) {
            return wholeNumber(s);
        }
        if (c == double.class || c == Double.class) {
            return decimal(s);
        }
        if (c == boolean.class || c == Boolean.class) {
            if (s.type() != Node.ScalarType.BOOLEAN) {
                throw new InvalidValueException("expected true or false");
            }
            return Boolean.parseBoolean(s.text());
        }
        if (c.isEnum()) {
            return enumValue(s.text().trim(), c);
        }
        throw new IllegalStateException("no parser for scenario type " + c.getName());
    }

    static String describe(Class<?> c, boolean hasParser) {
        if (c == SimDuration.class) {
            return "a duration such as 30s or 5min";
        }
        if (c == CalendarDate.class) {
            return CalendarDate.ALLOWED;
        }
        if (c == Warmup.class) {
            return "auto, or a duration such as 30s or 5min";
        }
        if (c == Rate.class) {
            return "a rate such as 0.9/s or 120/h";
        }
        if (c == Capacity.class) {
            return "unbounded, or a whole number of at least 1";
        }
        if (c == org.stormsim.engine.Distribution.class) {
            return "a distribution such as exponential(1s)";
        }
        if (hasParser) {
            return "a " + c.getSimpleName().toLowerCase(Locale.ROOT);
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number";
        }
        if (c == double.class || c == Double.class) {
            return "a number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c.isEnum()) {
            return "one of " + String.join(", ", enumNames(c));
        }
        return "a text value";
    }

    static String enumName(Enum<?> e) {
        String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    static List<String> enumNames(Class<?> c) {
        List<String> names = new ArrayList<>();
        for (Object o : c.getEnumConstants()) {
            names.add(enumName((Enum<?>) o));
        }
        return names;
    }

    private static Object enumValue(String text, Class<?> c) {
        for (Object o : c.getEnumConstants()) {
            if (enumName((Enum<?>) o).equals(text)) {
                return o;
            }
        }
        List<String> names = enumNames(c);
        throw new InvalidValueException("not allowed" + Suggest.didYouMean(text, names) + "; allowed: " + String.join(", ", names));
    }

    private static long wholeNumber(Node.ScalarNode s) {
        if (s.type() != Node.ScalarType.INTEGER) {
            throw new InvalidValueException("expected a whole number");
        }
        try {
            return Long.parseLong(s.text().replace("_", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("expected a whole number that fits in 64 bits");
        }
    }

    private static double decimal(Node.ScalarNode s) {
        boolean nonFinite = s.text().trim().matches("(?i)[-+]?\\.?(nan|inf|infinity)"); // YAML reads NaN and Infinity as text
        if (s.type() != Node.ScalarType.INTEGER && s.type() != Node.ScalarType.DECIMAL && !nonFinite) {
            throw new InvalidValueException("expected a number");
        }
        return decimal(s.text());
    }

    /**
     * The one reading of a decimal number in a scenario (every number field, and the number of a
     * duration or a rate): digits with optional {@code _}, fraction and exponent. The spellings of
     * not-a-number and infinity that YAML and JSON readers accept ({@code .nan}, {@code .inf},
     * {@code -.inf}, {@code NaN}, {@code Infinity}) are refused with a message that names them, as is
     * a number beyond about 1.8e308; no scenario field takes them (an unbounded capacity is written
     * {@code unbounded}).
     */
    static double decimal(String text) {
        String t = text.replace("_", "").trim();
        String bare = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        String lower = bare.toLowerCase(Locale.ROOT);
        if (lower.equals(".nan") || lower.equals("nan")) {
            throw new InvalidValueException("not a number (NaN) is not allowed; allowed: a finite number such as 0.5");
        }
        if (lower.equals(".inf") || lower.equals("inf") || lower.equals("infinity")) {
            throw new InvalidValueException("infinity is not allowed; allowed: a finite number such as 0.5");
        }
        double d;
        try {
            d = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("expected a number such as 0.5 or 1e3");
        }
        if (!Double.isFinite(d)) {
            throw new InvalidValueException("too large: beyond the largest number (about 1.8e308); allowed: a finite number");
        }
        return d;
    }
}
