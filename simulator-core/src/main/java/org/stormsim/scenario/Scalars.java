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
        if (s.type() != Node.ScalarType.INTEGER && s.type() != Node.ScalarType.DECIMAL) {
            throw new InvalidValueException("expected a number");
        }
        double d = Double.parseDouble(s.text().replace("_", "").trim());
        if (!Double.isFinite(d)) {
            throw new InvalidValueException("expected a finite number");
        }
        return d;
    }
}
