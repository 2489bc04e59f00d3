package org.stormsim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a YAML or JSON scenario into a located {@link Node} tree with Jackson's streaming parsers
 * (JSON when the file name ends in {@code .json}, YAML otherwise; YAML also reads JSON). Syntax
 * errors, duplicate keys, empty files and files that are not UTF-8 text become {@link Problem}s.
 * Input is bounded before and while it is read, so that no file can hang or exhaust a run: only
 * regular files (not a folder, a pipe or a device), at most {@link #MAX_BYTES} bytes, at most
 * {@link #MAX_DEPTH} levels of nesting, at most {@link #MAX_ALIASES} aliases and at most
 * {@link #MAX_VALUES} values once aliases are expanded (a "billion laughs" file is refused at once);
 * no YAML tags and no lone UTF-16 surrogates. The limits are in docs/scenarios.md.
 */
public final class NodeReader {
    /** The largest scenario file, bytes (10 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The deepest nesting of mappings and lists. */
    public static final int MAX_DEPTH = 64;
    /** The most aliases ({@code *name}) in one file. */
    public static final int MAX_ALIASES = 1000;
    /** The most values (mapping entries, list items, scalars) in one file once its aliases are expanded. */
    public static final int MAX_VALUES = 1_000_000;

    private static final String LIMITS = "at most 10 MB, " + MAX_DEPTH + " levels of nesting, " + MAX_ALIASES + " aliases and "
            + MAX_VALUES + " values once aliases are expanded";

    /** The parsers' own limits sit above ours, so that ours (with their messages) are met first. */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 8).maxDocumentLength(MAX_BYTES + 1L).maxStringLength(MAX_BYTES + 1)
            .maxNumberLength(MAX_BYTES + 1).build();
    private static final JsonFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).streamReadConstraints(CONSTRAINTS).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build(); // NaN and Infinity reach the number parser, which says why not

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setCodePointLimit(MAX_BYTES + 1);
        o.setNestingDepthLimit(MAX_DEPTH + 8);
        o.setMaxAliasesForCollections(MAX_ALIASES + 1);
        o.setAllowRecursiveKeys(false);
        return o;
    }

    private NodeReader() {
    }

    /** The file's root node. */
    public static Node read(Path file) throws InvalidScenarioException {
        String name = file.toString();
        byte[] bytes = bytes(file, name);
        String text = decode(bytes, name);
        JsonFactory factory = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
        Node root = parse(factory, text, name);
        if (root == null) {
            throw single(new Location(name, 0, 0), "the file is empty: a scenario starts with 'kind:' and 'name:'");
        }
        return root;
    }

    /**
     * The file's bytes, refusing before it is opened anything but a regular file (a pipe would block,
     * a device such as /dev/zero would never end) and anything above {@link #MAX_BYTES}.
     */
    private static byte[] bytes(Path file, String name) throws InvalidScenarioException {
        Location at = new Location(name, 0, 0);
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw single(at, "not a regular file (a pipe, a socket or a device): give the path of a scenario file (YAML or JSON)");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(at, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1); // the file may grow after its size was read
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(at, bytes.length);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw single(at, "cannot read the file: " + whyUnreadable(file, e));
        }
    }

    private static InvalidScenarioException tooLarge(Location at, long bytes) {
        return single(at, "the file is too large (" + (bytes > MAX_BYTES ? "more than 10 MB" : bytes + " bytes")
                + "); allowed: a scenario file of at most 10 MB");
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
            TreeReader reader = new TreeReader(p, source);
            Node root = reader.value();
            if (!reader.problems.isEmpty()) {
                throw new InvalidScenarioException(reader.problems);
            }
            if (p.nextToken() != null) {
                throw single(location(p, source), "unexpected content after the end of the document"
                        + (factory == JSON ? "" : " (a scenario file holds one YAML document: remove the '---' and what follows)"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw single(where(e, source), "the file is too large or too deeply nested; allowed: " + LIMITS);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, factory == JSON ? "JSON" : "YAML", source);
        } catch (YAMLException e) {
            throw single(new Location(source, 0, 0), "not valid YAML, or beyond the limits of a scenario file (" + LIMITS + ")");
        } catch (IOException e) {
            throw single(new Location(source, 0, 0), "cannot parse the file: an input/output error");
        }
    }

    private static Location where(JsonProcessingException e, String source) {
        JsonLocation l = e.getLocation();
        return l == null || l.getLineNr() <= 0 ? new Location(source, 0, 0) : new Location(source, l.getLineNr(), l.getColumnNr());
    }

    /**
     * A syntax error on one line, at the place the parser found it. SnakeYAML's own message spans
     * several lines with an excerpt of the file; the first problem and its mark are what a user needs.
     */
    private static InvalidScenarioException syntaxError(JsonProcessingException e, String format, String source) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null && y.getProblem() != null) {
            Mark mark = y.getProblemMark();
            String problem = oneLine(y.getProblem());
            Mark started = y.getContextMark();
            String context = y.getContext() == null ? "" : " (" + oneLine(y.getContext())
                    + (started == null || started.getLine() == mark.getLine() ? "" : " that starts at line " + (started.getLine() + 1)
                            + ", column " + (started.getColumn() + 1)) + ")";
            return single(new Location(source, mark.getLine() + 1, mark.getColumn() + 1), "not valid YAML: " + problem + context);
        }
        if (e.getCause() instanceof YAMLException) { // a limit of the YAML reader, without a mark; its words are not the user's
            return single(where(e, source), "not valid YAML, or beyond the limits of a scenario file (" + LIMITS + ")");
        }
        return single(where(e, source), "not valid " + format + ": " + userWords(oneLine(e.getOriginalMessage())));
    }

    /**
     * A parser's message without the parts that speak of the parser rather than the file: the
     * settings it would need ("enable `JsonReadFeature...` to allow", "Feature 'ALLOW_COMMENTS' not
     * enabled") and its internal source description ("[Source: REDACTED ...; line: 1, column: 2]").
     */
    static String userWords(String message) {
        Matcher m = PARSER_EVENT.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, EVENT_WORDS.getOrDefault(m.group(1), "something else"));
        }
        m.appendTail(sb);
        return sb.toString()
                .replaceAll("Malformed Number token: failed to tokenize due to \\(java\\.lang\\.NumberFormatException\\).*",
                        "an escape in double-quoted text is cut short or is not hexadecimal (\\\\uXXXX needs four hexadecimal digits)")
                .replaceAll("\\s*\\(java\\.[A-Za-z.]+\\)", "")
                .replace(" (Scalar value in YAML)", "")
                .replace("Expected a field name, got this instead:", "a key must be a single name, not")
                .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\(`[^`]*`[^)]*\\)", "")
                .replaceAll("`[A-Za-z]+(?:\\.[A-Za-z_]+)+`", "")
                .strip();
    }

    /** A YAML reader's event as its message names it, e.g. {@code <org.yaml.snakeyaml.events.MappingStartEvent(...)>}. */
    private static final Pattern PARSER_EVENT = Pattern.compile("<?[a-z.]*\\.events\\.(\\w+?)Event\\b(?:\\([^)]*\\))?>?");
    private static final Map<String, String> EVENT_WORDS = Map.of("MappingStart", "the start of a mapping", "MappingEnd", "the end of a mapping",
            "SequenceStart", "the start of a list", "SequenceEnd", "the end of a list", "Scalar", "a single value", "Alias", "an alias",
            "DocumentStart", "the start of a document", "DocumentEnd", "the end of a document", "StreamEnd", "the end of the file");

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
        /** The values each anchored node stands for, so that an alias is counted without copying it first. */
        private final Map<String, Integer> anchoredValues = new HashMap<>();
        private int depth;
        /** Problems that do not stop the reading (tags, lone surrogates): every one is reported. */
        final List<Problem> problems = new ArrayList<>();
        private int aliases;
        private long values;

        TreeReader(JsonParser p, String source) {
            this.p = p;
            this.source = source;
        }

        Node value() throws IOException, InvalidScenarioException {
            Location at = location(p, source);
            if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                return alias(p.getText(), at);
            }
            String tag = p instanceof YAMLParser y && p.currentToken() != JsonToken.VALUE_EMBEDDED_OBJECT ? y.getTypeId() : null;
            if (tag != null) {
                problems.add(new Problem(at, "", null, "YAML tags (" + shortTag(tag) + ") are not allowed: write the value plainly"
                        + " (quote it, '...', to make it text)"));
            }
            String anchor = p instanceof YAMLParser y ? y.getObjectId() : null;
            long before = values;
            Node n = unanchored(at);
            if (anchor != null) {
                anchors.put(anchor, n);
                anchoredValues.put(anchor, (int) (values - before));
            }
            return n;
        }

        private Node alias(String name, Location at) throws InvalidScenarioException {
            Node anchored = anchors.get(name);
            if (anchored == null) {
                throw single(at, "the alias *" + name + " cannot be resolved: an alias may stand for a mapping or a list"
                        + " anchored before it (&" + name + "), not for a single value; write the value itself");
            }
            if (++aliases > MAX_ALIASES) {
                throw single(at, "too many aliases; allowed: at most " + MAX_ALIASES + " aliases (*name) in a scenario file");
            }
            count(anchoredValues.get(name), at);
            return copy(anchored, at);
        }

        /** Counts {@code n} more values, refusing a file that expands beyond {@link #MAX_VALUES}. */
        private void count(long n, Location at) throws InvalidScenarioException {
            values += n;
            if (values > MAX_VALUES) {
                throw single(at, "too many values once aliases are expanded (more than " + MAX_VALUES + "); allowed: at most "
                        + MAX_VALUES + " values (mapping entries, list items and single values), aliases counted as often as they are used");
            }
        }

        private Node nested(Location at, boolean map) throws IOException, InvalidScenarioException {
            if (++depth > MAX_DEPTH) {
                throw single(at, "nested too deeply; allowed: at most " + MAX_DEPTH + " levels of mappings and lists");
            }
            Node n = map ? map(at) : list(at);
            depth--;
            return n;
        }

        private Node list(Location at) throws IOException, InvalidScenarioException {
            Node.ListNode list = new Node.ListNode(at);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.items().add(value());
            }
            return list;
        }

        private Node.ScalarNode scalar(Node.ScalarType type, Location at) throws IOException, InvalidScenarioException {
            return new Node.ScalarNode(text(p.getText(), at), type, at);
        }

        private Node unanchored(Location at) throws IOException, InvalidScenarioException {
            JsonToken t = p.currentToken();
            count(1, at);
            switch (t) {
                case START_OBJECT:
                    return nested(at, true);
                case START_ARRAY:
                    return nested(at, false);
                case VALUE_NUMBER_INT:
                    return scalar(Node.ScalarType.INTEGER, at);
                case VALUE_NUMBER_FLOAT:
                    return scalar(Node.ScalarType.DECIMAL, at);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return scalar(Node.ScalarType.BOOLEAN, at);
                case VALUE_NULL:
                    return new Node.ScalarNode("null", Node.ScalarType.NULL, at);
                case VALUE_STRING:
                    return scalar(Node.ScalarType.STRING, at);
                case VALUE_EMBEDDED_OBJECT:
                    throw single(at, "binary values (!!binary) are not allowed: write the value as plain text");
                default:
                    throw single(at, "unsupported YAML content (" + t + ")");
            }
        }

        private Node map(Location at) throws IOException, InvalidScenarioException {
            Node.MapNode map = new Node.MapNode(at);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Location keyAt = location(p, source);
                String key = text(p.currentName(), keyAt);
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

        /** {@code s}, refused when it holds a lone UTF-16 surrogate (a JSON or YAML escape such as \\ud800 that is not a character). */
        private String text(String s, Location at) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    problems.add(new Problem(at, "", null, String.format("the text holds a lone surrogate, \\u%04x, which is not a character;"
                            + " allowed: text of whole Unicode characters (an escape pair such as \\ud83d\\ude00 is one)", (int) c)));
                    return s;
                }
            }
            return s;
        }

        private static String shortTag(String tag) {
            return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                    : tag.startsWith("!") ? tag : "!" + tag;
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
