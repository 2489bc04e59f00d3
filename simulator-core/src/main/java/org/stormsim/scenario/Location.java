package org.stormsim.scenario;

/**
 * Where a value was written: the file (or {@code --set}) and the 1-based line and column, or
 * zero when unknown.
 */
public record Location(String source, int line, int column) implements java.io.Serializable {
    @Override
    public String toString() {
        if (line <= 0) {
            return source;
        }
        return source + ":" + line + ":" + column;
    }
}
