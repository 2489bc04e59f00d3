package org.stormsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stormsim.engine.Distribution;
import org.stormsim.engine.RandomStream;
import org.stormsim.engine.RandomStreams;

/**
 * The unit grammar: durations to whole microseconds, rates to events per second, distributions
 * with exact moments and samples that match them within five standard errors.
 */
class UnitsTest {
    private static final int N = 1_000_000;

    @ParameterizedTest(name = "{0} = {1} us")
    @CsvSource({
        "1100000s, 1100000000000",
        "250ms, 250000",
        "1.5h, 5400000000",
        "2d, 172800000000",
        "10us, 10",
        "1min, 60000000",
        "0s, 0",
        "1_000s, 1000000000",
        "1e3ms, 1000000",
        "'2 s', 2000000",
        "0.0000015s, 2",
    })
    void shouldReadDurationsAsWholeMicroseconds(String text, long micros) {
        assertEquals(micros, SimDuration.parse(text).micros());
        assertEquals(text, SimDuration.parse(text).text());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"10", "10 sec", "10seconds", "s", "1.5.5s", "-3s", "10 m", "ten s", ""})
    void shouldRejectDurationsWithoutAKnownUnit(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> SimDuration.parse(text));
        assertTrue(e.getMessage().contains("us, ms, s, min, h, d"), e.getMessage());
    }

    @Test
    void shouldSayThatADurationNeedsAUnit() {
        assertTrue(assertThrows(InvalidValueException.class, () -> SimDuration.parse("30")).getMessage()
                .startsWith("a duration needs a unit"));
    }

    @Test
    void shouldRejectADurationLongerThanTheClockCanHold() {
        assertTrue(assertThrows(InvalidValueException.class, () -> SimDuration.parse("1e30s")).getMessage()
                .contains("too long"));
    }

    @ParameterizedTest(name = "{0} = {1}/s")
    @CsvSource({
        "0.9/s, 0.9",
        "1500/s, 1500",
        "60/min, 1",
        "120/h, 0.0333333333333",
        "86400/d, 1",
        "'3 / s', 3",
    })
    void shouldReadRatesAsEventsPerSecond(String text, double perSecond) {
        assertEquals(perSecond, Rate.parse(text).perSecond(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0/s", "0.0/min", "-1/s", "-0.9/s"})
    void shouldRejectZeroAndNegativeRates(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rate.parse(text));
        assertTrue(e.getMessage().contains("more than zero"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5", "5/sec", "5 per s", "/s", "5/y"})
    void shouldRejectRatesWithoutAKnownUnit(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rate.parse(text));
        assertTrue(e.getMessage().contains("/s, /min, /h, /d"), e.getMessage());
    }

    @Test
    void shouldReadCapacityAsUnboundedOrAPositiveWholeNumber() {
        assertFalse(Capacity.parse("unbounded").isBounded());
        assertEquals(Long.MAX_VALUE, Capacity.parse("unbounded").limit());
        assertEquals(10, Capacity.parse("10").limit());
        assertEquals(1_000, Capacity.parse("1_000").limit());
        for (String bad : new String[] {"0", "-1", "ten", "1.5", "infinite"}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Capacity.parse(bad), bad);
            assertTrue(e.getMessage().contains("unbounded, or a whole number"), e.getMessage());
        }
    }

    @Test
    void shouldReadEachDistributionWithItsExactMoments() {
        Distribution exp = Units.distribution("exponential(1s)");
        assertInstanceOf(Distribution.Exponential.class, exp);
        assertEquals(1e6, exp.mean());
        assertEquals(2e12, exp.secondMoment());

        Distribution det = Units.distribution("deterministic(250ms)");
        assertEquals(250_000, det.mean());
        assertEquals(250_000.0 * 250_000, det.secondMoment());

        Distribution uni = Units.distribution("uniform(1s, 3s)");
        assertEquals(2e6, uni.mean());
        assertEquals(4e12 + 4e12 / 12, uni.secondMoment(), 1);

        Distribution erl = Units.distribution("erlang(4, 2s)");
        assertEquals(2e6, erl.mean());
        assertEquals(4e12 * (1 + 0.25), erl.secondMoment(), 1);

        Distribution logn = Units.distribution("lognormal(2s, 0.5s)");
        assertEquals(2e6, logn.mean());
        assertEquals(0.25e12 + 4e12, logn.secondMoment(), 1);
        assertEquals("lognormal(2s, 0.5s)", logn.describe());
    }

    @Test
    void shouldParameteriseTheLognormalByItsOwnMeanAndStandardDeviation() {
        Distribution.Lognormal d = (Distribution.Lognormal) Units.distribution("lognormal(2s, 0.5s)");
        double mean = Math.exp(d.mu() + d.sigma() * d.sigma() / 2);
        double variance = (Math.exp(d.sigma() * d.sigma()) - 1) * mean * mean;
        assertEquals(2e6, mean, 1e-6);
        assertEquals(0.5e6, Math.sqrt(variance), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exponential(1s)", "deterministic(3ms)", "uniform(1s, 3s)", "erlang(3, 2s)", "lognormal(2s, 0.5s)",
        "lognormal(1s, 3s)"})
    void shouldSampleWithTheDistributionsMeanAndVariance(String text) {
        Distribution d = Units.distribution(text);
        RandomStream rng = new RandomStreams(2024, 0).stream("test:" + text);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            long x = d.sample(rng);
            assertTrue(x >= 0);
            sum += x;
            sumSq += (double) x * x;
        }
        double variance = d.secondMoment() - d.mean() * d.mean();
        double sampleMean = sum / N;
        // samples are rounded to whole microseconds: allow half a microsecond on top of the statistical error
        assertEquals(d.mean(), sampleMean, 5 * Math.sqrt(variance / N) + 0.5, text);
        double sampleVariance = sumSq / N - sampleMean * sampleMean;
        if (variance == 0) {
            assertEquals(0, sampleVariance, 1e-6, text);
        } else if (!text.equals("lognormal(1s, 3s)")) { // heavy tail: its variance converges too slowly to test
            assertEquals(variance, sampleVariance, 0.02 * variance, text);
        }
    }

    @Test
    void shouldRejectAnUnknownDistributionAndSuggestTheNearestName() {
        String m = assertThrows(InvalidValueException.class, () -> Units.distribution("exponental(1s)")).getMessage();
        assertTrue(m.contains("unknown distribution 'exponental'"), m);
        assertTrue(m.contains("did you mean 'exponential'"), m);
        assertTrue(m.contains("exponential(MEAN), deterministic(VALUE), uniform(MIN, MAX), erlang(K, MEAN), lognormal(MEAN, SD)"), m);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "exponential()              | exponential takes 1 argument",
        "exponential(1s, 2s)        | exponential takes 1 argument",
        "exponential(0s)            | MEAN must be more than zero",
        "exponential(1)             | MEAN '1' is not a duration: it needs a unit",
        "exponential(1sec)          | MEAN '1sec' is not a duration: unknown unit 'sec'",
        "uniform(3s, 1s)            | MIN <= MAX",
        "erlang(0, 1s)              | K of at least 1",
        "erlang(2.5, 1s)            | K, the number of phases",
        "lognormal(1s)              | lognormal takes 2 arguments",
        "lognormal(1s, 0s)          | SD must be more than zero",
        "1s                         | not a distribution",
        "exponential                | not a distribution",
    })
    void shouldExplainWhatIsWrongWithADistribution(String text, String fragment) {
        String m = assertThrows(InvalidValueException.class, () -> Units.distribution(text)).getMessage();
        assertTrue(m.contains(fragment), m);
    }
}
