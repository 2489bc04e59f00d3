package org.stormsim.engine;

import java.util.random.RandomGenerator;

/**
 * One named stream of pseudo-random numbers: the xoshiro256++ generator (Blackman and Vigna),
 * seeded through SplitMix64 from the run seed, the stream's name and the replication number
 * (see {@link RandomStreams}). Each source of randomness in a model owns one stream, so adding or
 * changing a station never shifts another station's numbers. Exponential and Gaussian variates
 * come from {@link RandomGenerator}'s ziggurat methods over this generator's {@link #nextLong()}.
 * Not thread-safe: a stream belongs to the kernel thread of one replication.
 */
public final class RandomStream implements RandomGenerator {
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** A stream whose 256-bit state is expanded from {@code seed} with SplitMix64. */
    public RandomStream(long seed) {
        long x = seed;
        x += 0x9E37_79B9_7F4A_7C15L;
        s0 = RandomStreams.mix64(x);
        x += 0x9E37_79B9_7F4A_7C15L;
        s1 = RandomStreams.mix64(x);
        x += 0x9E37_79B9_7F4A_7C15L;
        s2 = RandomStreams.mix64(x);
        x += 0x9E37_79B9_7F4A_7C15L;
        s3 = RandomStreams.mix64(x);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1; // the all-zero state is the one state xoshiro must avoid
        }
    }

    @Override
    public long nextLong() {
        final long result = Long.rotateLeft(s0 + s3, 23) + s0;
        final long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
