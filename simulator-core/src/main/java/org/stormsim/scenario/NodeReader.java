package org.stormsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a YAML or JSON scenario into a located {@link Node} tree with Jackson's streaming parsers
 * (JSON when the file name ends in {@code .json}, YAML otherwise; YAML also reads JSON). Syntax
 * errors, duplicate keys, empty files and files that are not UTF-8 text become {@link Problem}s.
 */
public final class NodeReader {
    private static final JsonFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private NodeReader() {
    }

    /** The file's root node. */
    public static Node read(Path file) throws InvalidScenarioException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw single(new Location(name, 0, 0), "cannot read the file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        String text = decode(bytes, name);
        JsonFactory factory = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
        Node root = parse(factory, text, name);
        if (root == null) {
            throw single(new Location(name, 0, 0), "the file is empty: a scenario starts with 'kind:' and 'name:'");
        }
        return root;
    }

    /** A value given on the command line ({@code --set path=value}), read as YAML. */
    public static Node readValue(String text, String source) throws InvalidScenarioException {
        Node n = parse(YAML, text, source);
        return n == null ? new Node.ScalarNode("", Node.ScalarType.NULL, new Location(source, 0, 0)) : n;
    }

    private static String decode(byte[] bytes, String name) throws InvalidScenarioException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            int nul = s.indexOf('\0');
            if (nul >= 0) {
                throw single(new Location(name, 0, 0), "the file is binary, not a YAML or JSON text (NUL byte at offset " + nul + ")");
            }
            return s;
        } catch (CharacterCodingException e) {
            throw single(new Location(name, 0, 0), "the file is not UTF-8 text: a scenario is a YAML or JSON text file");
        }
    }

    private static Node parse(JsonFactory factory, String text, String source) throws InvalidScenarioException {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            Node root = readValue(p, source);
            if (p.nextToken() != null) {
                throw single(location(p, source), "unexpected content after the end of the document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location at = l == null ? new Location(source, 0, 0) : new Location(source, l.getLineNr(), l.getColumnNr());
            throw single(at, "not valid " + (factory == JSON ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw single(new Location(source, 0, 0), "cannot parse: " + e.getMessage());
        }
    }

    private static Node readValue(JsonParser p, String source) throws IOException, InvalidScenarioException {
        Location at = location(p, source);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                return readMap(p, source, at);
            case START_ARRAY:
                Node.ListNode list = new Node.ListNode(at);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.items().add(readValue(p, source));
                }
                return list;
            case VALUE_NUMBER_INT:
                return new Node.ScalarNode(p.getText(), Node.ScalarType.INTEGER, at);
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(p.getText(), Node.ScalarType.DECIMAL, at);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(p.getText(), Node.ScalarType.BOOLEAN, at);
            case VALUE_NULL:
                return new Node.ScalarNode("null", Node.ScalarType.NULL, at);
            case VALUE_STRING:
                return new Node.ScalarNode(p.getText(), Node.ScalarType.STRING, at);
            default:
                throw single(at, "unsupported YAML content (" + t + ")");
        }
    }

    private static Node readMap(JsonParser p, String source, Location at) throws IOException, InvalidScenarioException {
        Node.MapNode map = new Node.MapNode(at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Location keyAt = location(p, source);
            p.nextToken();
            Node value = readValue(p, source);
            if (map.entries().containsKey(key)) {
                throw single(keyAt, "'" + key + "' appears twice in the same mapping (first at line "
                        + map.keyLocations().get(key).line() + ")");
            }
            map.put(key, value, keyAt);
        }
        return map;
    }

    private static Location location(JsonParser p, String source) {
        JsonLocation l = p.currentTokenLocation();
        return new Location(source, l.getLineNr(), l.getColumnNr());
    }

    private static InvalidScenarioException single(Location at, String message) {
        return new InvalidScenarioException(List.of(new Problem(at, "", null, message)));
    }
}
