package org.stormsim.scenario;

import java.util.List;

/**
 * Collects the problems a {@link Validated} record finds in itself, placing each at the location
 * of the field it names (a path relative to the record, such as {@code servers} or
 * {@code stations[2].to}).
 */
public final class Validation {
    private final Binder binder;
    private final String path;
    private final Node node;

    Validation(Binder binder, String path, Node node) {
        this.binder = binder;
        this.path = path;
        this.node = node;
    }

    /** Reports a problem with field {@code field} unless {@code ok}. Returns {@code ok}. */
    public boolean check(boolean ok, String field, String message) {
        if (!ok) {
            problem(field, message);
        }
        return ok;
    }

    /** Whether no problem has been reported anywhere in the scenario so far. */
    public boolean isClean() {
        return binder.problems().isEmpty();
    }

    /** Reports a problem with field {@code field} (relative path; empty for the record itself). */
    public void problem(String field, String message) {
        Node at = field.isEmpty() ? node : NodePaths.find(node, field);
        String value = at instanceof Node.ScalarNode ? at.show() : null;
        binder.report(nearest(field).location(), NodePaths.join(path, field), value, message);
    }

    /** The node of {@code field} or, when the file left it out, of the closest enclosing field that is written. */
    private Node nearest(String field) {
        List<String> segs = NodePaths.segments(field);
        for (int n = segs.size(); n > 0; n--) {
            Node found = NodePaths.find(node, String.join(".", segs.subList(0, n)).replace(".[", "["));
            if (found != null) {
                return found;
            }
        }
        return node;
    }
}
