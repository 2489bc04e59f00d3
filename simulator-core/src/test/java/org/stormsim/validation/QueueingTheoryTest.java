package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Checks the oracle before it judges the simulator: each formula of {@link QueueingTheory} against a
 * published table value or an independent closed form (M/M/2's probability of waiting, M/M/1 as a
 * special case of P-K and of M/G/1/K, Erlang B with one server).
 */
class QueueingTheoryTest {
    private static final double EXACT = 1e-12;

    @Test
    void shouldMatchErlangBTableValue() {
        // B(5, 4) = 0.1991 (standard Erlang B tables); B(1, a) = a / (1 + a)
        assertEquals(0.19907, QueueingTheory.erlangB(5, 4.0), 1e-5);
        assertEquals(0.5 / 1.5, QueueingTheory.erlangB(1, 0.5), EXACT);
    }

    @Test
    void shouldReduceErlangCToKnownClosedForms() {
        assertEquals(0.7, QueueingTheory.erlangC(1, 0.7), EXACT, "M/M/1 waits with probability rho");
        double rho = 0.5;
        assertEquals(2 * rho * rho / (1 + rho), QueueingTheory.erlangC(2, 2 * rho), EXACT, "M/M/2: 2 rho^2 / (1 + rho)");
        assertEquals(QueueingTheory.mm1Wait(700, 1e-3), QueueingTheory.mmcWait(700, 1e-3, 1), EXACT);
    }

    @Test
    void shouldReducePollaczekKhinchineToMm1ForExponentialService() {
        double s = 1e-3;
        assertEquals(QueueingTheory.mm1Wait(700, s), QueueingTheory.pkWait(700, s, 2 * s * s), EXACT);
        assertEquals(QueueingTheory.mm1Wait(700, s) / 2, QueueingTheory.md1Wait(700, s), EXACT, "M/D/1 waits half as long");
    }

    @Test
    void shouldReduceMg1kLossToMm1kForExponentialService() {
        for (double rho : new double[] {0.5, 0.8, 1.0, 1.5}) {
            for (int k : new int[] {1, 2, 5, 10}) {
                double q = rho / (1 + rho);
                double viaChain = QueueingTheory.mg1kLoss(rho, k, j -> Math.pow(q, j) / (1 + rho));
                assertEquals(QueueingTheory.mm1kLoss(rho, k), viaChain, 1e-9, "rho " + rho + ", K " + k);
            }
        }
    }

    @Test
    void shouldGiveErlangBForMd1kWithRoomForOne() {
        // M/G/1/1 is Erlang B with one server, whatever the service distribution
        assertEquals(QueueingTheory.erlangB(1, 0.7), QueueingTheory.md1kLoss(700, 1e-3, 1), 1e-12);
    }

    @Test
    void shouldApproachFluidLimitForLargeMd1k() {
        assertEquals(1 - 1 / 1.5, QueueingTheory.md1kLoss(750, 1.0 / 500, 60), 1e-9, "overload: P_K -> 1 - 1/rho");
        assertEquals(0.0, QueueingTheory.md1kLoss(350, 1.0 / 500, 60), 1e-9, "underload: P_K -> 0");
    }

    @Test
    void shouldMatchMm1kMeanInStationClosedForm() {
        double rho = 0.8;
        int k = 5;
        double closed = rho / (1 - rho) - (k + 1) * Math.pow(rho, k + 1) / (1 - Math.pow(rho, k + 1));
        assertEquals(closed, QueueingTheory.mm1kMeanInStation(rho, k), EXACT);
    }

    @Test
    void shouldRefuseUnstableQueue() {
        assertThrows(IllegalArgumentException.class, () -> QueueingTheory.mm1Wait(1000, 1e-3));
        assertThrows(IllegalArgumentException.class, () -> QueueingTheory.erlangC(2, 2.5));
    }
}
