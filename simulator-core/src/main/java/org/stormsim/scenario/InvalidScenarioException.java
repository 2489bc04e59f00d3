package org.stormsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Thrown when a scenario file (or an override) is wrong; carries every problem found, not just
 * the first, in the order of the file (problems without a line, such as those of a {@code --set}
 * override or of the whole file, come first). The CLI prints them and exits with status 2.
 */
public final class InvalidScenarioException extends Exception {
    private static final Comparator<Problem> FILE_ORDER = Comparator
            .comparingInt((Problem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    private final List<Problem> problems;

    public InvalidScenarioException(List<Problem> problems) {
        this(sorted(problems), true);
    }

    private InvalidScenarioException(List<Problem> sorted, boolean ignored) {
        super(sorted.size() + " problem(s) in the scenario: " + (sorted.isEmpty() ? "" : sorted.get(0).format()), null, false, false);
        this.problems = sorted;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(FILE_ORDER); // stable: problems at the same place keep the order they were found in
        return List.copyOf(out);
    }
}
