package org.stormsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a station sends its customers ({@code to:}): one station id, or a weighted list
 * {@code [{to: a, weight: 0.3}, {to: b, weight: 0.7}]} whose weights sum to 1.
 */
public record Routing(List<Target> targets) implements java.io.Serializable {
    /** One branch of a weighted route. */
    public record Target(@Doc("the id of the station to go to") String to,
                         @Doc("the share of customers taking this branch, more than 0; all weights sum to 1") double weight) implements java.io.Serializable {
    }

    public static Routing single(String to) {
        return new Routing(List.of(new Target(to, 1.0)));
    }

    /** The {@link Binder.NodeParser} for {@code to:}. */
    static Routing fromNode(Node node, String path, Binder binder) {
        if (node instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL) {
            return single(s.text());
        }
        if (!(node instanceof Node.ListNode l) || l.items().isEmpty()) {
            binder.report(node.location(), path, node.show(),
                    "expected a station id, or a list like [{to: a, weight: 0.3}, {to: b, weight: 0.7}]");
            return null;
        }
        int before = binder.problems().size();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            targets.add((Target) binder.value(l.items().get(i), Target.class, path + "[" + i + "]"));
        }
        return binder.problems().size() > before ? null : new Routing(List.copyOf(targets));
    }

    public double totalWeight() {
        double sum = 0;
        for (Target t : targets) {
            sum += t.weight();
        }
        return sum;
    }

    @Override
    public String toString() {
        if (targets.size() == 1) {
            return targets.get(0).to();
        }
        StringBuilder sb = new StringBuilder("[");
        for (Target t : targets) {
            sb.append(sb.length() > 1 ? ", " : "").append("{to: ").append(t.to()).append(", weight: ").append(t.weight()).append('}');
        }
        return sb.append(']').toString();
    }
}
