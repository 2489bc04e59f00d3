package org.stormsim.engine;

/**
 * The 4-ary min-heap both event lists are built on, over an interleaved {@code long[]}: entry i at
 * [2i] (time) and [2i+1] (tag: insertion sequence in the high 32 bits, payload in the low 32).
 * Entries are ordered by time, then by insertion sequence compared with wrap-around arithmetic.
 * Static and allocation-free, so the JIT inlines it into its callers.
 */
final class HeapOrder {
    static final int ARITY_SHIFT = 2;
    static final int ARITY = 1 << ARITY_SHIFT;

    private HeapOrder() {
    }

    /** Places (time, tag) at {@code index} of heap {@code h} and sifts it up. */
    static void siftUp(long[] h, int index, long time, long tag) {
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >>> ARITY_SHIFT;
            long pt = h[2 * parent];
            if (pt < time || (pt == time && before(h[2 * parent + 1], tag))) {
                break;
            }
            h[2 * i] = pt;
            h[2 * i + 1] = h[2 * parent + 1];
            i = parent;
        }
        h[2 * i] = time;
        h[2 * i + 1] = tag;
    }

    /** Places (time, tag) at index {@code start} of a heap of {@code n} entries and sifts it down. */
    static void siftDown(long[] h, int start, long time, long tag, int n) {
        int i = start;
        while (true) {
            int first = (i << ARITY_SHIFT) + 1;
            if (first >= n) {
                break;
            }
            int end = Math.min(first + ARITY, n);
            int best = first;
            long bt = h[2 * first];
            long btag = h[2 * first + 1];
            for (int c = first + 1; c < end; c++) {
                long ct = h[2 * c];
                if (ct < bt || (ct == bt && before(h[2 * c + 1], btag))) {
                    best = c;
                    bt = ct;
                    btag = h[2 * c + 1];
                }
            }
            if (time < bt || (time == bt && before(tag, btag))) {
                break;
            }
            h[2 * i] = bt;
            h[2 * i + 1] = btag;
            i = best;
        }
        h[2 * i] = time;
        h[2 * i + 1] = tag;
    }

    /** Whether tag a was inserted before tag b (sequence comparison with wrap-around). */
    static boolean before(long a, long b) {
        return (int) ((a >>> 32) - (b >>> 32)) < 0;
    }
}
