package org.stormsim.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.stormsim.scenario.Scenario;

/**
 * The SHA-256 of a fully resolved scenario: the bound record tree (defaults filled in, overrides
 * applied) written as canonical JSON ({@link Canonical}) and hashed. Each record becomes an object
 * of its components plus {@code "@type"} (its simple name, which tells the kinds of an event or a
 * distribution apart); the text a value was written as ({@code text}, {@code describe}) is left out,
 * so {@code 2/min} and {@code 120/h}, or {@code 1h} and {@code 60min}, hash alike. Two runs with the
 * same hash ran the same model, whatever the files looked like. A replay trace's content is part of
 * the resolved scenario, so it is hashed too.
 */
public final class ScenarioHash {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScenarioHash() {
    }

    /** The hash of a resolved scenario. */
    public static String of(Scenario scenario) {
        return Canonical.sha256(tree(scenario));
    }

    /** The canonical tree the hash is taken of. */
    public static JsonNode tree(Object value) {
        if (value == null) {
            return F.nullNode();
        }
        if (value instanceof Record r) {
            return record(r);
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode out = F.objectNode();
            m.forEach((k, v) -> out.set(String.valueOf(k), tree(v)));
            return out;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode out = F.arrayNode();
            c.forEach(item -> out.add(tree(item)));
            return out;
        }
        if (value.getClass().isArray()) {
            ArrayNode out = F.arrayNode();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(tree(Array.get(value, i)));
            }
            return out;
        }
        return scalar(value);
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof Double d) {
            return F.numberNode(d);
        }
        if (value instanceof Float f) {
            return F.numberNode(f.doubleValue());
        }
        if (value instanceof Number n) {
            return F.numberNode(n.longValue());
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (value instanceof Enum<?> e) {
            return F.textNode(e.name());
        }
        return F.textNode(value.toString());
    }

    private static ObjectNode record(Record r) {
        ObjectNode out = F.objectNode();
        out.put("@type", r.getClass().getSimpleName());
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals("text") || c.getName().equals("describe")) {
                continue;
            }
            try {
                c.getAccessor().setAccessible(true);
                out.set(c.getName(), tree(c.getAccessor().invoke(r)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
            }
        }
        return out;
    }
}
