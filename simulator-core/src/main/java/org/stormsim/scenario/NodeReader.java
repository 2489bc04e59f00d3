package org.stormsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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
            throw single(new Location(name, 0, 0), "cannot read the file: " + whyUnreadable(file, e));
        }
        String text = decode(bytes, name);
        JsonFactory factory = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
        Node root = parse(factory, text, name);
        if (root == null) {
            throw single(new Location(name, 0, 0), "the file is empty: a scenario starts with 'kind:' and 'name:'");
        }
        return root;
    }

    private static String whyUnreadable(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "it is a folder; give the path of a scenario file (YAML or JSON)";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
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
            Node root = new TreeReader(p, source).value();
            if (p.nextToken() != null) {
                throw single(location(p, source), "unexpected content after the end of the document"
                        + (factory == JSON ? "" : " (a scenario file holds one YAML document: remove the '---' and what follows)"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e, factory == JSON ? "JSON" : "YAML", source);
        } catch (IOException e) {
            throw single(new Location(source, 0, 0), "cannot parse: " + e.getMessage());
        }
    }

    /**
     * A syntax error on one line, at the place the parser found it. SnakeYAML's own message spans
     * several lines with an excerpt of the file; the first problem and its mark are what a user needs.
     */
    private static InvalidScenarioException syntaxError(JsonProcessingException e, String format, String source) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            Mark mark = y.getProblemMark();
            String problem = oneLine(y.getProblem());
            Mark started = y.getContextMark();
            String context = y.getContext() == null ? "" : " (" + oneLine(y.getContext())
                    + (started == null || started.getLine() == mark.getLine() ? "" : " that starts at line " + (started.getLine() + 1)
                            + ", column " + (started.getColumn() + 1)) + ")";
            return single(new Location(source, mark.getLine() + 1, mark.getColumn() + 1), "not valid YAML: " + problem + context);
        }
        JsonLocation l = e.getLocation();
        Location at = l == null ? new Location(source, 0, 0) : new Location(source, l.getLineNr(), l.getColumnNr());
        return single(at, "not valid " + format + ": " + oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Builds the tree from the parser's tokens, resolving YAML aliases ({@code *name}) to a copy of
     * the value their anchor ({@code &name}) marked, so that an alias never reads as its own name.
     */
    private static final class TreeReader {
        private final JsonParser p;
        private final String source;
        private final Map<String, Node> anchors = new HashMap<>();

        TreeReader(JsonParser p, String source) {
            this.p = p;
            this.source = source;
        }

        Node value() throws IOException, InvalidScenarioException {
            Location at = location(p, source);
            if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                Node anchored = anchors.get(p.getText());
                if (anchored == null) {
                    throw single(at, "the alias *" + p.getText() + " cannot be resolved: an alias may stand for a mapping or a list"
                            + " anchored before it (&" + p.getText() + "), not for a single value; write the value itself");
                }
                return copy(anchored, at);
            }
            String anchor = p instanceof YAMLParser y ? y.getObjectId() : null;
            Node n = unanchored(at);
            if (anchor != null) {
                anchors.put(anchor, n);
            }
            return n;
        }

        private Node unanchored(Location at) throws IOException, InvalidScenarioException {
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT:
                    return map(at);
                case START_ARRAY:
                    Node.ListNode list = new Node.ListNode(at);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.items().add(value());
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
                case VALUE_EMBEDDED_OBJECT:
                    throw single(at, "binary values (!!binary) are not allowed: write the value as plain text");
                default:
                    throw single(at, "unsupported YAML content (" + t + ")");
            }
        }

        private Node map(Location at) throws IOException, InvalidScenarioException {
            Node.MapNode map = new Node.MapNode(at);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Location keyAt = location(p, source);
                p.nextToken();
                Node value = value();
                if (map.entries().containsKey(key)) {
                    throw single(keyAt, "'" + key + "' appears twice in the same mapping (first at line "
                            + map.keyLocations().get(key).line() + "); write each field once");
                }
                map.put(key, value, keyAt);
            }
            return map;
        }

        /** A deep copy placed at {@code at}, so that an override through one alias never changes another. */
        private static Node copy(Node n, Location at) {
            if (n instanceof Node.MapNode m) {
                Node.MapNode out = new Node.MapNode(at);
                m.entries().forEach((k, v) -> out.put(k, copy(v, v.location()), m.keyLocations().get(k)));
                return out;
            }
            if (n instanceof Node.ListNode l) {
                Node.ListNode out = new Node.ListNode(at);
                l.items().forEach(item -> out.items().add(copy(item, item.location())));
                return out;
            }
            Node.ScalarNode sc = (Node.ScalarNode) n;
            return new Node.ScalarNode(sc.text(), sc.type(), at);
        }
    }

    private static Location location(JsonParser p, String source) {
        JsonLocation l = p.currentTokenLocation();
        return new Location(source, l.getLineNr(), l.getColumnNr());
    }

    private static InvalidScenarioException single(Location at, String message) {
        return new InvalidScenarioException(List.of(new Problem(at, "", null, message)));
    }
}
