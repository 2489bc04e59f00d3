package org.stormsim.engine;

import java.nio.charset.StandardCharsets;

/**
 * The factory of named random streams for one replication of one run. A stream's seed is a hash
 * of (run seed, stream name, replication number), so streams are independent of the order in
 * which a model asks for them and of which other streams exist (common random numbers across
 * sweep points follow from this). Immutable and thread-safe.
 */
public final class RandomStreams {
    private final long runSeed;
    private final int replication;

    public RandomStreams(long runSeed, int replication) {
        this.runSeed = runSeed;
        this.replication = replication;
    }

    public long runSeed() {
        return runSeed;
    }

    public int replication() {
        return replication;
    }

    /** The stream called {@code name} in this replication. Each call returns a fresh stream at its start. */
    public RandomStream stream(String name) {
        long h = mix64(runSeed ^ 0x5DEE_CE66_DL);
        h = mix64(h ^ fnv1a64(name));
        h = mix64(h + 0x9E37_79B9_7F4A_7C15L * (replication + 1L));
        return new RandomStream(h);
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mixing function. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a64(String s) {
        long h = 0xCBF2_9CE4_8422_2325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x0000_0100_0000_01B3L;
        }
        return h;
    }
}
