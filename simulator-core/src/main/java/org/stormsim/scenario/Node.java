package org.stormsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file as a tree that remembers where each value was written: mappings, lists and
 * scalars, each with its {@link Location}. Scalars keep their source text, so that {@code 2.2}
 * stays "2.2" when a field wants a DUIS variant rather than a number. Mutable only while
 * {@code --set} overrides are applied, before binding.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
    Location location();

    /** A short description of the value for error messages. */
    String show();

    /** A mapping; keys keep their order and their own locations. */
    record MapNode(Map<String, Node> entries, Map<String, Location> keyLocations, Location location) implements Node, java.io.Serializable {
        public MapNode(Location location) {
            this(new LinkedHashMap<>(), new LinkedHashMap<>(), location);
        }

        public Node get(String key) {
            return entries.get(key);
        }

        public void put(String key, Node value, Location keyLocation) {
            entries.put(key, value);
            keyLocations.put(key, keyLocation);
        }

        @Override
        public String show() {
            return "a mapping";
        }
    }

    /** A sequence. */
    record ListNode(List<Node> items, Location location) implements Node, java.io.Serializable {
        public ListNode(Location location) {
            this(new ArrayList<>(), location);
        }

        @Override
        public String show() {
            return "a list";
        }
    }

    /** A scalar with its source text and what the parser took it for. */
    record ScalarNode(String text, ScalarType type, Location location) implements Node, java.io.Serializable {
        /** The longest value a message repeats in full; a longer one is cut, with its length. */
        private static final int SHOWN = 80;

        @Override
        public String show() {
            String t = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
            return type == ScalarType.STRING ? "'" + t + "'" : t;
        }
    }

    /** What kind of scalar the parser saw. */
    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
