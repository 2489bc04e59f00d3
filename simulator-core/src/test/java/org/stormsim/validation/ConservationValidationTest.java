package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.StationSpec;
import org.stormsim.stations.Ledger;
import org.stormsim.stations.NetworkReplicationResult;
import org.stormsim.testing.NetworkRun;

/**
 * The conservation ledger of every validation case (each file in scenarios/validation/, so a new
 * case is covered without a new test): in every replication, customers generated = delivered +
 * lost + still in flight; the number generated is what the sources' Poisson rates give over the
 * horizon (within 5 standard deviations), so the ledger counts real customers; and a network in
 * which no station can turn a customer away loses none.
 */
class ConservationValidationTest {
    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(ValidationRuns.directory())) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldBalanceLedgerInEveryReplication(String name) {
        NetworkRun run = ValidationRuns.result(name);
        NetworkScenario s = run.scenario();
        double expected = ValidationRuns.totalArrivalRate(s) * s.duration().micros() / 1e6;
        for (NetworkReplicationResult rep : run.replications()) {
            Ledger l = rep.ledger();
            String where = name + " replication " + rep.replication() + ": " + l.describe();
            assertEquals(l.generated(), l.delivered() + l.lost() + l.inFlightAtEnd(), where);
            assertTrue(l.balanced(), where);
            assertTrue(Math.abs(l.generated() - expected) <= 5 * Math.sqrt(expected),
                    where + "; expected about " + Math.round(expected) + " generated (+/- 5 sd)");
            if (!canTurnAway(s)) {
                assertEquals(0, l.lost(), where + "; no station here can turn a customer away");
            }
        }
    }

    private static boolean canTurnAway(NetworkScenario s) {
        return s.stations().stream().anyMatch(st -> st instanceof StationSpec.Queue q && q.capacity().isBounded()
                || st instanceof StationSpec.TokenBucket t && (t.onEmpty() == StationSpec.OnEmpty.REJECT || t.capacity().isBounded()));
    }
}
