package org.stormsim.scenario;

import java.util.Map;
import java.util.StringJoiner;

/**
 * A {@link Node} written back as one line of YAML flow text ({@code [8F75]}, {@code {N: 100}},
 * {@code exponential(1s)}), as {@code stormsim explain} shows a value. Scalars keep their source
 * text; inside a list or mapping, text that YAML would read otherwise is quoted.
 */
final class FlowText {
    private FlowText() {
    }

    /** The value as one line; a scalar as written, without quotes. */
    static String of(Node n) {
        return n instanceof Node.ScalarNode s ? s.text() : nested(n);
    }

    private static String nested(Node n) {
        if (n instanceof Node.MapNode m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                j.add(e.getKey() + ": " + nested(e.getValue()));
            }
            return j.toString();
        }
        if (n instanceof Node.ListNode l) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            l.items().forEach(item -> j.add(nested(item)));
            return j.toString();
        }
        Node.ScalarNode s = (Node.ScalarNode) n;
        return s.type() == Node.ScalarType.STRING && needsQuotes(s.text()) ? "'" + s.text().replace("'", "''") + "'" : s.text();
    }

    private static boolean needsQuotes(String t) {
        return t.isEmpty() || t.matches(".*[,\\[\\]{}#&*!|>'\"%@`].*|.*: .*|^[-?:\\s].*|.*\\s$|[0-9.eE+_-]+|true|false|null|~");
    }
}
