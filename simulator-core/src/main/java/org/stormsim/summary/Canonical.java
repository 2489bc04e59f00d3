package org.stormsim.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical text of a JSON tree and its SHA-256: object keys sorted, no white space, numbers as
 * Jackson writes them after one trip through text (so a tree built in memory and the same tree read
 * back from its file give the same bytes). The scenario hash and the results fingerprint of every
 * summary.json are hashes of this form. Stateless; any thread.
 */
public final class Canonical {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Canonical() {
    }

    /** The canonical text of {@code node}. */
    public static String json(JsonNode node) {
        try {
            JsonNode reread = JSON.readTree(JSON.writeValueAsString(node));
            return JSON.writeValueAsString(sorted(reread));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that does not survive its own text: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the canonical text of {@code node}, 64 lower-case hex digits. */
    public static String sha256(JsonNode node) {
        return sha256(json(node));
    }

    /** The SHA-256 of {@code text} in UTF-8, 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String k : keys) {
                out.set(k, sorted(node.get(k)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }
}
