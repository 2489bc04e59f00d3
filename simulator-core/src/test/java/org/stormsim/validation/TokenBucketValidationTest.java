package org.stormsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stormsim.validation.TheoryCheck.TIME_ALLOWANCE;
import static org.stormsim.validation.TheoryCheck.assertAgrees;
import static org.stormsim.validation.TheoryCheck.assertDisagrees;
import static org.stormsim.validation.TheoryCheck.rateAllowance;

import org.junit.jupiter.api.Test;
import org.stormsim.scenario.NetworkScenario;
import org.stormsim.scenario.StationSpec;
import org.stormsim.stations.NetworkReplicationResult;
import org.stormsim.stations.StationResult;
import org.stormsim.testing.NetworkRun;

/**
 * Token buckets' long-run behaviour. In reject mode (scenarios/validation/token-bucket-reject.yaml)
 * the bucket of rate r and burst b is exactly an M/D/1/K queue with service 1/r and K = b (it
 * admits a customer while its token debt is at most (b - 1)/r), so the loss probability is the
 * M/D/1/K blocking probability and the throughput lambda (1 - P_K), just under r when lambda > r
 * (with a small burst the fluid limit 1 - r/lambda is measurably wrong, and the check says so);
 * and no window ever passes more than b + r t customers. In wait mode with lambda < r
 * (token-bucket-wait.yaml) every customer passes, and with burst 1 each waits as in M/D/1.
 */
class TokenBucketValidationTest {
    private static final String REJECT = "token-bucket-reject";
    private static final String WAIT = "token-bucket-wait";

    @Test
    void shouldMatchMd1kLossWhenRejectingOverload() {
        Bucket b = Bucket.of(REJECT);
        double loss = b.md1kLoss();
        assertAgrees(REJECT, "loss probability (M/D/1/K)", b.run.estimate("bucket", r -> r.lossProbability()), loss,
                rateAllowance(loss, b.lambda));
    }

    @Test
    void shouldPassJustUnderTokenRateWhenRejectingOverload() {
        Bucket b = Bucket.of(REJECT);
        assertTrue(b.lambda > b.rate, "this case needs arrivals faster than the token rate");
        double throughput = b.lambda * (1 - b.md1kLoss());
        assertTrue(throughput > 0.999 * b.rate && throughput < b.rate, "theory: the throughput tends to the token rate from below");
        assertAgrees(REJECT, "throughput lambda(1-P_K) (/s)", b.run.estimate("bucket", r -> r.throughputPerSecond()),
                throughput, rateAllowance(throughput, b.lambda));
        assertAgrees(REJECT, "tokens used / offered", b.run.estimate("bucket", r -> r.utilisation()), throughput / b.rate,
                rateAllowance(throughput / b.rate, b.lambda));
    }

    @Test
    void shouldMatchMd1kNotFluidLimitWithSmallBurst() {
        Bucket b = Bucket.of(ValidationRuns.run(ValidationRuns.load(REJECT, "stations.bucket.burst=3"), ValidationRuns.THREADS));
        String name = REJECT + " (burst 3)";
        double loss = b.md1kLoss();
        assertAgrees(name, "loss probability (M/D/1/K)", b.run.estimate("bucket", r -> r.lossProbability()), loss,
                rateAllowance(loss, b.lambda));
        assertDisagrees(name, "loss probability vs fluid limit 1 - r/lambda", b.run.estimate("bucket", r -> r.lossProbability()),
                1 - b.rate / b.lambda, rateAllowance(loss, b.lambda));
        double throughput = b.lambda * (1 - loss);
        assertAgrees(name, "throughput lambda(1-P_K) (/s)", b.run.estimate("bucket", r -> r.throughputPerSecond()),
                throughput, rateAllowance(throughput, b.lambda));
    }

    @Test
    void shouldNeverPassMoreThanBurstPlusRateTimesWindow() {
        for (String name : new String[] {REJECT, WAIT}) {
            Bucket b = Bucket.of(name);
            double window = b.run.scenario().duration().micros() / 1e6 - b.run.scenario().warmup().micros() / 1e6;
            for (NetworkReplicationResult rep : b.run.replications()) {
                long passed = rep.station("bucket").completions();
                assertTrue(passed <= b.burst + b.rate * window, name + " replication " + rep.replication() + ": "
                        + passed + " passed in " + window + " s, more than burst " + b.burst + " + rate " + b.rate + "/s x window");
            }
        }
    }

    @Test
    void shouldPassEverythingWhenWaitingUnderRate() {
        Bucket b = Bucket.of(WAIT);
        assertTrue(b.lambda < b.rate, "this case needs arrivals slower than the token rate");
        for (NetworkReplicationResult rep : b.run.replications()) {
            StationResult bucket = rep.station("bucket");
            assertEquals(0, bucket.lost(), "replication " + rep.replication() + ": a waiting bucket lost customers");
            assertEquals(0, rep.ledger().lost(), "replication " + rep.replication() + ": customers lost over the whole run");
        }
        assertAgrees(WAIT, "throughput = lambda (/s)", b.run.estimate("bucket", r -> r.throughputPerSecond()), b.lambda,
                rateAllowance(b.lambda, b.lambda));
    }

    @Test
    void shouldDelayLikeMd1WhenWaitingWithBurstOne() {
        Bucket b = Bucket.of(WAIT);
        assertEquals(1, b.burst, "the M/D/1 equivalence needs burst 1");
        double wq = QueueingTheory.md1Wait(b.lambda, 1 / b.rate);
        assertAgrees(WAIT, "mean wait for a token, M/D/1 Wq (s)", b.run.estimate("bucket", r -> r.waitTime().mean()), wq,
                TIME_ALLOWANCE);
        assertAgrees(WAIT, "mean number waiting, M/D/1 Lq", b.run.estimate("bucket", r -> r.queueLengthMean()),
                b.lambda * wq, b.lambda * TIME_ALLOWANCE + rateAllowance(b.lambda * wq, b.lambda));
    }

    /** One bucket case's run and parameters: arrival rate and token rate per second, burst in tokens. */
    private record Bucket(NetworkRun run, double lambda, double rate, int burst) {
        static Bucket of(String name) {
            return of(ValidationRuns.result(name));
        }

        static Bucket of(NetworkRun run) {
            NetworkScenario s = run.scenario();
            StationSpec.TokenBucket spec = ValidationRuns.station(s, "bucket", StationSpec.TokenBucket.class);
            return new Bucket(run, ValidationRuns.arrivalRate(s, "arrivals"), spec.rate().perSecond(), spec.burst());
        }

        double md1kLoss() {
            return QueueingTheory.md1kLoss(lambda, 1 / rate, burst);
        }
    }
}
