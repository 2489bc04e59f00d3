package org.stormsim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Binds a located {@link Node} tree to immutable scenario records, collecting every problem on the
 * way rather than stopping at the first. The records are the one description of a scenario: a
 * record component is a field of the file (same name), {@link Default} and {@link Optional} say
 * what happens when it is left out, a sealed interface marked {@link Discriminator} picks a
 * record by a type field, value types (durations, rates, distributions) are read by registered
 * parsers, and a record that implements {@link Validated} checks itself once built. A
 * {@link ResolvedListener} hears every value as it is settled, with where it came from (what
 * {@code stormsim explain} prints). One binder binds one tree, on one thread.
 */
public final class Binder {
    /** Reads one scalar's text; complains with {@link InvalidValueException}. */
    @FunctionalInterface
    public interface ScalarParser<T> {
        T parse(String text);
    }

    /** Reads a value that may take more than one shape (a scalar or a list, say). */
    @FunctionalInterface
    public interface NodeParser<T> {
        T parse(Node node, String path, Binder binder);
    }

    /**
     * One value the binder settled: its path, its text (a list or mapping in YAML flow style), where
     * it was written, and, when the file and overrides left it out, the source tag of the
     * {@link Default} it took ({@code defaultSource}) or that it is an {@link Optional} left unset.
     */
    public record Resolved(String path, String value, Location location, String defaultSource, boolean unset) {
    }

    /** Hears every value the binder settles, in the order of the records' components. */
    @FunctionalInterface
    public interface ResolvedListener {
        void resolved(Resolved value);
    }

    private static final String DEFAULT_OF = "(default of ";

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> defaultSources = new HashMap<>();
    private ResolvedListener listener = v -> { };
    /** More than zero while a {@link NodeParser} or a list of scalars is read: its parts are heard as one value. */
    private int insideNodeParser;
    private final Map<Class<?>, ScalarParser<?>> scalarParsers = new HashMap<>();
    private final Map<Class<?>, NodeParser<?>> nodeParsers = new HashMap<>();

    public <T> Binder withScalar(Class<T> type, ScalarParser<T> parser) {
        scalarParsers.put(type, parser);
        return this;
    }

    public <T> Binder withNode(Class<T> type, NodeParser<T> parser) {
        nodeParsers.put(type, parser);
        return this;
    }

    /** Sends every value settled from now on to {@code l}. */
    public Binder onResolved(ResolvedListener l) {
        listener = l;
        return this;
    }

    /** Binds the whole tree to {@code type}, or throws with every problem found. */
    public <T> T bind(Node root, Class<T> type) throws InvalidScenarioException {
        Object v = value(root, type, "");
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return type.cast(v);
    }

    public List<Problem> problems() {
        return problems;
    }

    public void report(Location at, String path, String value, String message) {
        problems.add(new Problem(at, path, value, message));
    }

    /** Binds {@code node} to {@code type}; returns null (with a problem reported) when it cannot. */
    public Object value(Node node, Type type, String path) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (raw == List.class) {
                return list(node, pt.getActualTypeArguments()[0], path);
            }
            if (raw == Map.class) {
                return map(node, pt.getActualTypeArguments()[1], path);
            }
            throw new IllegalStateException("unsupported scenario type " + type);
        }
        Class<?> c = (Class<?>) type;
        NodeParser<?> np = nodeParsers.get(c);
        if (np != null) {
            insideNodeParser++;
            Object v = np.parse(node, path, this);
            insideNodeParser--;
            return v == null ? null : heard(v, node, path);
        }
        if (c.isRecord() && !scalarParsers.containsKey(c)) {
            return record(node, c, path);
        }
        if (c.isInterface() && c.isSealed()) {
            return variant(node, c, path);
        }
        return scalar(node, c, path);
    }

    private Object scalar(Node node, Class<?> c, String path) {
        if (!(node instanceof Node.ScalarNode s) || s.type() == Node.ScalarType.NULL) {
            report(node.location(), path, node.show(), "expected " + expected(c));
            return null;
        }
        if (s.type() == Node.ScalarType.STRING && s.text().isBlank() && c != String.class) { // "lanes:" with nothing after the colon
            report(s.location(), path, s.show(), "no value given; allowed: " + expected(c));
            return null;
        }
        try {
            return heard(Scalars.convert(s, c, scalarParsers.get(c)), s, path);
        } catch (InvalidValueException e) {
            report(s.location(), path, s.show(), e.getMessage());
            return null;
        }
    }

    /** What a field of type {@code c} takes, in words, for any type a record component may have. */
    private String expectedOf(Class<?> c) {
        if (c == List.class) {
            return "a list";
        }
        if (c == Map.class) {
            return "a mapping";
        }
        if (c.isRecord() && !scalarParsers.containsKey(c) && !nodeParsers.containsKey(c)) {
            return "a mapping with fields " + fieldNames(c);
        }
        if (c.isInterface() && c.isSealed() && c.getAnnotation(Discriminator.class) != null) {
            return "a mapping with '" + c.getAnnotation(Discriminator.class).value() + "'";
        }
        if (c == DailyProfile.class) {
            return "flat, domestic, or a list of 24 hourly weights";
        }
        if (c == Routing.class) {
            return "a station id, or a list like [{to: a, weight: 0.3}, {to: b, weight: 0.7}]";
        }
        return expected(c);
    }

    private String expected(Class<?> c) {
        return Scalars.describe(c, scalarParsers.containsKey(c));
    }

    private List<Object> list(Node node, Type element, String path) {
        if (!(node instanceof Node.ListNode l)) {
            report(node.location(), path, node.show(), "expected a list");
            return null;
        }
        List<Object> out = new ArrayList<>();
        boolean scalars = l.items().stream().allMatch(item -> item instanceof Node.ScalarNode);
        if (scalars) {
            heard(out, l, path); // a list of plain values is heard as one value: [N, C, S]
            insideNodeParser++;
        }
        for (int i = 0; i < l.items().size(); i++) {
            out.add(value(l.items().get(i), element, path + "[" + i + "]"));
        }
        if (scalars) {
            insideNodeParser--;
        }
        return out;
    }

    private Map<String, Object> map(Node node, Type valueType, String path) {
        if (!(node instanceof Node.MapNode m)) {
            report(node.location(), path, node.show(), "expected a mapping");
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (m.entries().isEmpty()) {
            heard(out, m, path);
        }
        m.entries().forEach((k, v) -> out.put(k, value(v, valueType, NodePaths.join(path, k))));
        return out;
    }

    private Object variant(Node node, Class<?> iface, String path) {
        Discriminator d = iface.getAnnotation(Discriminator.class);
        if (d == null) {
            throw new IllegalStateException(iface + " needs @Discriminator");
        }
        if (!(node instanceof Node.MapNode m)) {
            report(node.location(), path, node.show(), "expected a mapping with '" + d.value() + "'");
            return null;
        }
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> sub : iface.getPermittedSubclasses()) {
            byName.put(sub.getAnnotation(TypeName.class).value(), sub);
        }
        Node tn = m.get(d.value());
        String allowed = String.join(", ", byName.keySet());
        if (tn == null) {
            report(m.location(), path, null, "missing '" + d.value() + "'; allowed: " + allowed);
            return null;
        }
        Class<?> chosen = tn instanceof Node.ScalarNode s ? byName.get(s.text()) : null;
        if (chosen == null) {
            report(tn.location(), NodePaths.join(path, d.value()), tn.show(), "unknown " + d.value()
                    + Suggest.didYouMean(tn instanceof Node.ScalarNode s ? s.text() : "", byName.keySet())
                    + "; allowed: " + allowed);
            return null;
        }
        heard(chosen, tn, NodePaths.join(path, d.value()));
        return record(node, chosen, path, d.value());
    }

    /** Tells the listener that {@code node} settled the value at {@code path}; returns {@code v}. */
    private <V> V heard(V v, Node node, String path) {
        if (insideNodeParser == 0) {
            String source = node.location().source();
            listener.resolved(new Resolved(path, FlowText.of(node), node.location(), defaultSources.get(source), false));
        }
        return v;
    }

    private Object record(Node node, Class<?> rc, String path, String... alsoAllowed) {
        if (!(node instanceof Node.MapNode m)) {
            report(node.location(), path, node.show(), "expected a mapping with fields " + fieldNames(rc));
            return null;
        }
        RecordComponent[] components = rc.getRecordComponents();
        checkUnknownKeys(m, components, path, alsoAllowed);
        int before = problems.size();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = component(m, components[i], path);
        }
        if (problems.size() > before) {
            return null;
        }
        Object built = construct(rc, types, args, m, path);
        if (built instanceof Validated v) {
            v.validate(new Validation(this, path, m));
        }
        return built;
    }

    private Object component(Node.MapNode m, RecordComponent rc, String path) {
        if (rc.isAnnotationPresent(Loaded.class)) {
            return null; // filled by the loader from another file, never written here
        }
        String name = rc.getName();
        String p = NodePaths.join(path, name);
        Node child = m.get(name);
        Default def = rc.getAnnotation(Default.class);
        if (child instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NULL) {
            if (!rc.isAnnotationPresent(Optional.class)) { // null stands for "left out" only where a field may be unset
                Doc doc = rc.getAnnotation(Doc.class);
                String what = expectedOf(rc.getType());
                report(s.location(), p, null, "no value given (~, null or nothing after the colon); allowed: "
                        + (def != null ? what + ", or leave the field out to take its default, " + def.value()
                                : what + (doc == null ? "" : " (" + doc.value() + ")")));
                return null;
            }
            child = null;
        }
        if (child != null) {
            if (outOfRange(rc, child, p)) {
                return null;
            }
            return inRange(rc, value(child, rc.getGenericType(), p), child, p);
        }
        if (def != null) {
            Node dn = defaultNode(def.value(), p);
            defaultSources.put(dn.location().source(), def.source());
            return value(dn, rc.getGenericType(), p);
        }
        if (rc.isAnnotationPresent(Optional.class)) {
            if (insideNodeParser == 0) {
                listener.resolved(new Resolved(p, "", m.location(), null, true));
            }
            return null;
        }
        Doc doc = rc.getAnnotation(Doc.class);
        report(m.location(), p, null, "missing required field '" + name + "'" + (doc == null ? "" : " (" + doc.value() + ")"));
        return null;
    }

    /** The value, or null with a problem reported when it lies outside the component's {@link Range}. */
    private Object inRange(RecordComponent rc, Object v, Node at, String path) {
        Range r = rc.getAnnotation(Range.class);
        if (r == null || !(v instanceof Number n) || (n.longValue() >= r.min() && n.longValue() <= r.max())) {
            return v;
        }
        reportRange(r, at, path);
        return null;
    }

    /**
     * Whether a whole number written for a {@link Range} field lies beyond the range even before it
     * is read as its Java type (too large for an int, or for 64 bits): reported with the range, the
     * real limit, rather than the type's.
     */
    private boolean outOfRange(RecordComponent rc, Node child, String path) {
        Range r = rc.getAnnotation(Range.class);
        if (r == null || !(child instanceof Node.ScalarNode s) || s.type() != Node.ScalarType.INTEGER) {
            return false;
        }
        String digits = s.text().replace("_", "").trim();
        if (!digits.matches("[-+]?[0-9]+")) {
            return false;
        }
        boolean out;
        try {
            long v = Long.parseLong(digits);
            out = v < r.min() || v > r.max();
        } catch (NumberFormatException e) {
            out = true; // beyond 64 bits, so beyond any range
        }
        if (out) {
            reportRange(r, child, path);
        }
        return out;
    }

    private void reportRange(Range r, Node at, String path) {
        String what = "a whole number" + (r.unit().isEmpty() ? "" : " of " + r.unit());
        String allowed = r.max() == Long.MAX_VALUE ? what + " of at least " + r.min()
                : r.min() == Long.MIN_VALUE ? what + " up to " + r.max() : what + " from " + r.min() + " to " + r.max();
        report(at.location(), path, at.show(), "allowed: " + allowed);
    }

    /** A default's text read as YAML, as if it were written in the file. */
    private static Node defaultNode(String text, String path) {
        try {
            return NodeReader.readValue(text, DEFAULT_OF + path + ")");
        } catch (InvalidScenarioException e) {
            throw new IllegalStateException("the default of " + path + " is not valid YAML: " + text, e);
        }
    }

    private void checkUnknownKeys(Node.MapNode m, RecordComponent[] components, String path, String... alsoAllowed) {
        List<String> known = new ArrayList<>(List.of(alsoAllowed));
        for (RecordComponent c : components) {
            if (!c.isAnnotationPresent(Loaded.class)) {
                known.add(c.getName());
            }
        }
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                report(m.keyLocations().get(e.getKey()), NodePaths.join(path, e.getKey()), null,
                        "unknown field '" + e.getKey() + "'" + Suggest.didYouMean(e.getKey(), known)
                                + "; allowed here: " + String.join(", ", known));
            }
        }
    }

    private Object construct(Class<?> rc, Class<?>[] types, Object[] args, Node.MapNode m, String path) {
        try {
            Constructor<?> ctor = rc.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException | e.getCause() instanceof InvalidValueException) {
                report(m.location(), path, null, e.getCause().getMessage());
                return null;
            }
            throw new IllegalStateException("cannot build " + rc.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + rc.getSimpleName(), e);
        }
    }

    private static String fieldNames(Class<?> rc) {
        StringJoiner j = new StringJoiner(", ");
        for (RecordComponent c : rc.getRecordComponents()) {
            j.add(c.getName());
        }
        return j.toString();
    }
}
