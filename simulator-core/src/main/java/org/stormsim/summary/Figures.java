package org.stormsim.summary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ObjectStreamException;
import java.io.Serializable;

/**
 * One replication's figures in the shape of {@code summary.json} (before the replications are
 * averaged): the data contract that the summary averages, that the run plan's precision rounds,
 * sweeps and lane sizing read through a {@link MetricPath}, and that the renderers show. Built by a
 * model kind's summary ({@link DccSummary#figures}, {@link NetworkSummary#figures}); immutable once
 * built (callers of {@link #tree()} must not change it). SI units. Serializable, for a replication
 * run on a cluster worker: the tree travels through {@link FiguresCodec}, which keeps every node's
 * type and every double's bits, so the figures read back are the figures written.
 */
public final class Figures implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient ObjectNode tree;

    public Figures(ObjectNode tree) {
        this.tree = tree;
    }

    /** The figure at {@code path}; NaN when it is missing data there (null), an error when the path fits nothing. */
    public double value(MetricPath path) {
        return path.resolve(tree);
    }

    /** The figures as an ordered tree, for the summary and the renderers; not to be changed. */
    public ObjectNode tree() {
        return tree;
    }

    private Object writeReplace() throws ObjectStreamException {
        return new Encoded(FiguresCodec.encode(tree));
    }

    /** The figures as they travel: the codec's bytes. */
    private record Encoded(byte[] bytes) implements Serializable {
        private Object readResolve() throws ObjectStreamException {
            return new Figures(FiguresCodec.decode(bytes));
        }
    }
}
