package org.stormsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Field paths into a {@link Node} tree: dot-separated names with {@code [i]} list indices
 * ({@code stations[1].service}). In a list of mappings a name segment may also pick the element
 * whose {@code id} it equals ({@code stations.server.servers}), which is how {@code --set}
 * reaches a station by its id.
 */
public final class NodePaths {
    private NodePaths() {
    }

    /** The node at {@code path} under {@code from}, or null. */
    public static Node find(Node from, String path) {
        Node n = from;
        for (String seg : segments(path)) {
            n = step(n, seg);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    public static String join(String base, String field) {
        if (base.isEmpty()) {
            return field;
        }
        if (field.isEmpty()) {
            return base;
        }
        return field.startsWith("[") ? base + field : base + "." + field;
    }

    /**
     * Sets {@code value} at {@code path}, creating missing mappings on the way. Throws
     * {@link InvalidValueException}, saying what is there instead, when the path runs into a
     * scalar, a list element that does not exist, or a list named without an index or id.
     */
    public static void set(Node root, String path, Node value) {
        List<String> segs = segments(path);
        if (segs.isEmpty()) {
            throw new InvalidValueException("the path is empty: write --set section.field=value");
        }
        Node n = root;
        String reached = "";
        for (int i = 0; i < segs.size() - 1; i++) {
            String seg = segs.get(i);
            Node next = step(n, seg);
            if (next == null && n instanceof Node.MapNode m && !isIndex(seg)) {
                next = new Node.MapNode(value.location());
                m.put(seg, next, value.location());
            }
            if (next == null) {
                throw new InvalidValueException(noSuchStep(n, reached, seg));
            }
            n = next;
            reached = join(reached, seg);
        }
        String last = segs.get(segs.size() - 1);
        if (n instanceof Node.MapNode m && !isIndex(last)) {
            m.put(last, value, value.location());
        } else if (n instanceof Node.ListNode l && isIndex(last) && index(last) >= 0 && index(last) < l.items().size()) {
            l.items().set(index(last), value);
        } else if (n instanceof Node.ListNode l && isIndex(last)) {
            throw new InvalidValueException(noSuchStep(l, reached, last));
        } else if (n instanceof Node.ListNode l) {
            throw new InvalidValueException(reached + " is a list: set a field of one element, by index ("
                    + indices(l) + ") or by id (" + String.join(", ", ids(l)) + "), e.g. " + reached + "."
                    + (ids(l).isEmpty() ? "[0]" : ids(l).get(0)) + ".FIELD=VALUE");
        } else {
            throw new InvalidValueException("cannot set '" + last + "' inside " + (reached.isEmpty() ? "the scenario" : reached)
                    + ": it is " + n.show() + ", not a mapping");
        }
    }

    /** Why segment {@code seg} leads nowhere from node {@code n} (found at path {@code reached}). */
    private static String noSuchStep(Node n, String reached, String seg) {
        String where = reached.isEmpty() ? "the scenario" : reached;
        if (n instanceof Node.ListNode l && isIndex(seg)) {
            return where + " has " + l.items().size() + " element" + (l.items().size() == 1 ? "" : "s")
                    + (l.items().isEmpty() ? "" : ", " + indices(l)) + "; " + seg + " is not one of them";
        }
        if (n instanceof Node.ListNode l) {
            List<String> ids = ids(l);
            return "no element of " + where + " has id '" + seg + "'" + Suggest.didYouMean(seg, ids)
                    + "; ids: " + (ids.isEmpty() ? "(none)" : String.join(", ", ids)) + "; or use an index, " + indices(l);
        }
        if (isIndex(seg)) {
            return where + " is " + n.show() + ", not a list: " + seg + " cannot index it";
        }
        return "cannot go into " + where + ": it is " + n.show() + ", not a mapping";
    }

    private static String indices(Node.ListNode l) {
        int n = l.items().size();
        return n == 0 ? "none" : n == 1 ? "[0]" : "[0] to [" + (n - 1) + "]";
    }

    /** The ids of the mappings in a list, in order. */
    private static List<String> ids(Node.ListNode l) {
        List<String> out = new ArrayList<>();
        for (Node item : l.items()) {
            if (item instanceof Node.MapNode m && m.get("id") instanceof Node.ScalarNode s) {
                out.add(s.text());
            }
        }
        return out;
    }

    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '.') {
                flush(cur, out);
            } else if (ch == '[') {
                flush(cur, out);
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new InvalidValueException("unclosed '[' in path " + path);
                }
                out.add(path.substring(i, close + 1));
                i = close;
            } else {
                cur.append(ch);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static boolean isIndex(String seg) {
        return seg.startsWith("[");
    }

    private static int index(String seg) {
        try {
            return Integer.parseInt(seg.substring(1, seg.length() - 1).trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("not a list index: " + seg);
        }
    }

    private static Node step(Node n, String seg) {
        if (isIndex(seg)) {
            int i = index(seg);
            return n instanceof Node.ListNode l && i >= 0 && i < l.items().size() ? l.items().get(i) : null;
        }
        if (n instanceof Node.MapNode m) {
            return m.get(seg);
        }
        if (n instanceof Node.ListNode l) {
            for (Node item : l.items()) {
                if (item instanceof Node.MapNode m && m.get("id") instanceof Node.ScalarNode s && s.text().equals(seg)) {
                    return item;
                }
            }
        }
        return null;
    }
}
