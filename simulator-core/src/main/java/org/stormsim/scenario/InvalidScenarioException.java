package org.stormsim.scenario;

import java.util.List;

/**
 * Thrown when a scenario file (or an override) is wrong; carries every problem found, not just
 * the first. The CLI prints them and exits with status 2.
 */
public final class InvalidScenarioException extends Exception {
    private final List<Problem> problems;

    public InvalidScenarioException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the scenario: " + (problems.isEmpty() ? "" : problems.get(0).format()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
