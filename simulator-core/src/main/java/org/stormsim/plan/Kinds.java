package org.stormsim.plan;

import org.stormsim.scenario.DccScenario;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.Scenario;

/** The kind of each scenario: the one place that maps a scenario to what runs it. */
public final class Kinds {
    private Kinds() {
    }

    /** The kind bound to {@code scenario}. */
    public static Kind<?> of(Scenario scenario) {
        return scenario.accept(new Scenario.Visitor<Kind<?>>() {
            @Override
            public Kind<?> dcc(DccScenario s) {
                return new DccKind(s);
            }

            @Override
            public Kind<?> network(NetworkScenario s) {
                return new NetworkKind(s);
            }
        });
    }
}
