package org.stormsim.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mean of several summaries of the same shape, one per replication: numbers become their mean
 * across the replications that have them, booleans are true only if true in all, text is kept from
 * the first. An entry missing from some replications (an alert code one of them never saw) is the
 * mean over those that have it. With one replication the summary is returned unchanged.
 */
public final class JsonMean {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonMean() {
    }

    public static JsonNode of(List<? extends JsonNode> nodes) {
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        JsonNode first = nodes.get(0);
        if (first.isObject()) {
            return object(nodes);
        }
        if (first.isArray()) {
            return array(nodes);
        }
        if (first.isNumber()) {
            double sum = 0;
            for (JsonNode n : nodes) {
                sum += n.asDouble();
            }
            return F.numberNode(sum / nodes.size());
        }
        if (first.isBoolean()) {
            return F.booleanNode(nodes.stream().allMatch(JsonNode::asBoolean));
        }
        return first;
    }

    private static ObjectNode object(List<? extends JsonNode> nodes) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode n : nodes) {
            Iterator<String> it = n.fieldNames();
            it.forEachRemaining(keys::add);
        }
        ObjectNode out = F.objectNode();
        for (String k : keys) {
            List<JsonNode> values = new ArrayList<>();
            for (JsonNode n : nodes) {
                if (n.has(k) && !n.get(k).isNull()) {
                    values.add(n.get(k));
                }
            }
            out.set(k, values.isEmpty() ? F.nullNode() : of(values));
        }
        return out;
    }

    private static ArrayNode array(List<? extends JsonNode> nodes) {
        ArrayNode out = F.arrayNode();
        int size = nodes.get(0).size();
        for (int i = 0; i < size; i++) {
            List<JsonNode> values = new ArrayList<>();
            for (JsonNode n : nodes) {
                if (i < n.size()) {
                    values.add(n.get(i));
                }
            }
            out.add(of(values));
        }
        return out;
    }
}
