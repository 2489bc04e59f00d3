package org.stormsim.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every parameter of a scenario kind, read from the same records that bind the files: its path,
 * type, default (as written in a file), the default's source tag (F fact, S seed minutes,
 * I inference, A assumption) and meaning. docs/model.md is generated from it, so the documented
 * defaults cannot drift from the code.
 */
public final class ParameterTable {
    /** One parameter. {@code defaultValue} is null for a required field, "" for an optional one without default. */
    public record Parameter(String path, String type, String defaultValue, String source, String meaning) {
    }

    private ParameterTable() {
    }

    public static List<Parameter> of(Class<?> scenario) {
        List<Parameter> out = new ArrayList<>();
        walk(scenario, "", out);
        return out;
    }

    /** The table as Markdown. */
    public static String markdown(Class<?> scenario) {
        StringBuilder sb = new StringBuilder("| parameter | type | default | source | meaning |\n|---|---|---|---|---|\n");
        for (Parameter p : of(scenario)) {
            String def = p.defaultValue() == null ? "*required*" : p.defaultValue().isEmpty() ? "*optional*" : "`" + p.defaultValue() + "`";
            sb.append("| `").append(p.path()).append("` | ").append(p.type()).append(" | ").append(def).append(" | ")
                    .append(p.source()).append(" | ").append(p.meaning().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    private static void walk(Class<?> record, String prefix, List<Parameter> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.isAnnotationPresent(Loaded.class)) {
                continue;
            }
            String path = prefix + c.getName();
            Doc doc = c.getAnnotation(Doc.class);
            Default def = c.getAnnotation(Default.class);
            String defaultValue = def != null ? def.value() : c.isAnnotationPresent(Optional.class) ? "" : null;
            String source = def != null ? def.source() : "";
            out.add(new Parameter(path, typeName(c.getGenericType()), defaultValue, source, doc == null ? "" : doc.value()));
            Class<?> nested = nestedRecord(c.getGenericType());
            if (nested != null) {
                String sub = path + (isCollection(c.getGenericType()) ? "[]." : ".");
                if (nested.isInterface()) {
                    for (Class<?> v : nested.getPermittedSubclasses()) {
                        walk(v, sub + "(" + v.getAnnotation(TypeName.class).value() + ").", out);
                    }
                } else {
                    walk(nested, sub, out);
                }
            }
        }
    }

    private static boolean isCollection(Type t) {
        return t instanceof ParameterizedType;
    }

    private static Class<?> nestedRecord(Type t) {
        Type inner = t;
        if (t instanceof ParameterizedType pt) {
            Type[] args = pt.getActualTypeArguments();
            inner = args[args.length - 1];
        }
        if (inner instanceof Class<?> c && (c.isRecord() && !isValueType(c) || c.isInterface() && c.isSealed())) {
            return c;
        }
        return null;
    }

    private static boolean isValueType(Class<?> c) {
        return c == SimDuration.class || c == CalendarDate.class || c == Warmup.class
                || c == Rate.class || c == Capacity.class || c == Routing.class || c == DailyProfile.class;
    }

    private static String typeName(Type t) {
        if (t instanceof ParameterizedType pt) {
            Type[] args = pt.getActualTypeArguments();
            if (pt.getRawType() == Map.class) {
                return "map of " + typeName(args[1]);
            }
            return "list of " + typeName(args[0]);
        }
        Class<?> c = (Class<?>) t;
        if (c.isEnum()) {
            return String.join(" \\| ", Scalars.enumNames(c));
        }
        if (c == SimDuration.class) {
            return "duration";
        }
        if (c == CalendarDate.class) {
            return "date";
        }
        if (c == Warmup.class) {
            return "duration \\| auto";
        }
        if (c == Rate.class) {
            return "rate";
        }
        if (c == org.stormsim.engine.Distribution.class) {
            return "distribution";
        }
        if (c == DailyProfile.class) {
            return "profile";
        }
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return "whole number";
        }
        if (c == double.class || c == Double.class) {
            return "number";
        }
        if (c == boolean.class) {
            return "true \\| false";
        }
        if (c.isRecord() || c.isInterface()) {
            return "mapping";
        }
        return c.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
