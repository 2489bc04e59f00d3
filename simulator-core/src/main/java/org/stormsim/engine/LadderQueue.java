package org.stormsim.engine;

import java.util.Arrays;

/**
 * The pending-event list for large pending sets: a ladder queue (Tang, Goh and Thng, 2005) whose
 * bottom is a small 4-ary heap. Same contract as {@link EventQueue}: times are simulated
 * microseconds, entries leave in order of time and, among equal times, in the order they were
 * scheduled (a 32-bit insertion sequence compared with wrap-around arithmetic), payloads are
 * {@code int}s the model interprets.
 *
 * <p>While few events are pending (at most {@code spillSize}) every entry lives in the heap, which
 * then works exactly like {@link EventQueue}. Beyond that the heap is spilled: it keeps only the
 * events of the earliest time bucket, and later events wait unsorted in buckets of rungs of
 * successively finer time ranges, or, beyond the ladder's range, in the top. Scheduling an event is
 * an append to a bucket; when the heap runs dry, the next non-empty bucket is either moved into it
 * (at most {@code bucketLimit} entries) or split into a finer rung. Buckets are chains of 16-entry
 * chunks in one pooled {@code long[]}, so appends and transfers walk memory sequentially. Nothing is
 * allocated per event: the heap, the chunk pool and the rungs' bucket tables grow by doubling and
 * are reused. Single-threaded: only the kernel thread may call it.
 */
public final class LadderQueue implements EventList {
    /** Default: events held in the heap alone before the ladder is used (measured: docs/performance.md). */
    static final int DEFAULT_SPILL_SIZE = 256;
    /** Default: a bucket with at most this many entries goes straight into the heap. */
    static final int DEFAULT_BUCKET_LIMIT = 64;
    /** Default: mean entries per bucket when a rung is built. */
    static final int DEFAULT_BUCKET_MEAN = 8;

    private static final int CHUNK_SHIFT = 4;
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;
    private static final int MAX_RUNGS = 8;
    private static final int MAX_BUCKET_BITS = 22;
    /** A bucket's record in a rung's table: [count, first chunk, last chunk, unused]. */
    private static final int BUCKET_STRIDE_SHIFT = 2;
    private static final int NO_CHUNK = -1;

    private final int spillSize;
    private final int bucketLimit;
    private final int bucketMean;

    private int size;
    private int nextSequence;

    /** The front: a 4-ary heap, entry i at [2i] (time) and [2i+1] ({@code sequence << 32 | payload}). */
    private long[] heap;
    private int heapSize;
    /** Every event at or before this time is in the heap; every later event is in the ladder or the top. */
    private long frontLast = Long.MAX_VALUE;

    /** Chunk c holds up to 16 entries at [32c + 2k] (time) and [32c + 2k + 1] (tag). */
    private long[] chunkEntries;
    private int[] chunkNext;
    private int chunksUsed;
    private int freeChunk = NO_CHUNK;

    /** The top: events after {@link #ladderLast}, unsorted, in the same record layout as a bucket. */
    private final int[] top = new int[1 << BUCKET_STRIDE_SHIFT];
    private long topMin = Long.MAX_VALUE;
    private long topMax = Long.MIN_VALUE;

    /** The rungs, 0 the coarsest; rung r + 1 covers the current bucket of rung r. */
    private int rungs;
    private long ladderLast;
    private final long[] rungStart = new long[MAX_RUNGS];
    private final long[] rungSpan = new long[MAX_RUNGS];
    private final int[] rungShift = new int[MAX_RUNGS];
    private final int[] rungBucketCount = new int[MAX_RUNGS];
    private final int[] rungCurrent = new int[MAX_RUNGS];
    private final int[][] rungBuckets = new int[MAX_RUNGS][];

    public LadderQueue() {
        this(1024);
    }

    public LadderQueue(int initialCapacity) {
        this(initialCapacity, DEFAULT_SPILL_SIZE, DEFAULT_BUCKET_LIMIT, DEFAULT_BUCKET_MEAN);
    }

    /** Tuning constructor, for tests and measurements: see the class comment for the three sizes. */
    LadderQueue(int initialCapacity, int spillSize, int bucketLimit, int bucketMean) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException("initialCapacity must be positive: " + initialCapacity);
        }
        if (bucketLimit < 1 || spillSize <= bucketLimit || bucketMean < 1) {
            throw new IllegalArgumentException("need 1 <= bucketLimit < spillSize and bucketMean >= 1: "
                    + bucketLimit + ", " + spillSize + ", " + bucketMean);
        }
        this.spillSize = spillSize;
        this.bucketLimit = bucketLimit;
        this.bucketMean = bucketMean;
        heap = new long[2 * Math.min(initialCapacity, spillSize + 1)];
        chunkEntries = new long[64 << (CHUNK_SHIFT + 1)];
        chunkNext = new int[64];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Removes every pending event; the insertion sequence restarts. */
    public void clear() {
        for (int r = 0; r < rungs; r++) {
            Arrays.fill(rungBuckets[r], 0, rungBucketCount[r] << BUCKET_STRIDE_SHIFT, 0);
        }
        rungs = 0;
        resetTop();
        chunksUsed = 0;
        freeChunk = NO_CHUNK;
        heapSize = 0;
        frontLast = Long.MAX_VALUE;
        size = 0;
        nextSequence = 0;
    }

    /** Schedules {@code payload} at {@code time} (microseconds). */
    public void schedule(long time, int payload) {
        long tag = ((long) nextSequence++ << 32) | (payload & 0xFFFF_FFFFL);
        size++;
        if (time <= frontLast) {
            pushHeap(time, tag);
        } else if (rungs == 0 || time > ladderLast) {
            appendToTop(time, tag);
        } else {
            appendToLadder(time, tag);
        }
    }

    /** The time of the earliest event; undefined when empty. */
    public long peekTime() {
        return heap[0];
    }

    /** Removes the earliest event and returns its payload; {@link #peekTime()} gives its time beforehand. */
    public int poll() {
        long[] h = heap;
        int payload = (int) h[1];
        int last = --heapSize;
        size--;
        if (last > 0) {
            HeapOrder.siftDown(h, 0, h[2 * last], h[2 * last + 1], last);
        } else if (size > 0) {
            refillFront();
        } else {
            rungs = 0;
            frontLast = Long.MAX_VALUE;
        }
        return payload;
    }

    // ---- the front heap -------------------------------------------------------------------------

    private void pushHeap(long time, long tag) {
        if (heapSize == heap.length >> 1) {
            heap = Arrays.copyOf(heap, heap.length << 1);
        }
        HeapOrder.siftUp(heap, heapSize++, time, tag);
        if (heapSize > spillSize && rungs == 0 && frontLast == Long.MAX_VALUE) {
            spill();
        }
    }

    /** Moves the whole heap into the top and rebuilds the front from it through a new rung. */
    private void spill() {
        long[] h = heap;
        for (int i = 0; i < heapSize; i++) {
            appendToTop(h[2 * i], h[2 * i + 1]);
        }
        heapSize = 0;
        refillFront();
    }

    /** Refills the empty heap from the ladder or the top; there is at least one event left. */
    private void refillFront() {
        while (true) {
            if (rungs == 0) {
                if (top[0] <= bucketLimit) {
                    moveToHeap(top);
                    resetTop();
                    frontLast = Long.MAX_VALUE;
                    return;
                }
                ladderLast = topMax;
                long start = topMin;
                long span = topMax - topMin;
                resetTopBounds();
                buildRung(top, start, span);
            }
            if (takeNextBucket()) {
                return;
            }
        }
    }

    /**
     * Advances the finest rung to its next non-empty bucket and moves that bucket into the heap
     * (returns true) or splits it into a finer rung (returns false); pops the rung when it is used up.
     */
    private boolean takeNextBucket() {
        int r = rungs - 1;
        int[] buckets = rungBuckets[r];
        int count = rungBucketCount[r];
        int i = rungCurrent[r] + 1;
        while (i < count && buckets[i << BUCKET_STRIDE_SHIFT] == 0) {
            i++;
        }
        if (i == count) {
            rungs--;
            return false;
        }
        rungCurrent[r] = i;
        int shift = rungShift[r];
        int record = i << BUCKET_STRIDE_SHIFT;
        long firstOffset = (long) i << shift;
        long mask = (1L << shift) - 1;
        long span = rungSpan[r];
        long lastOffset = Long.compareUnsigned(span - firstOffset, mask) <= 0 ? span : firstOffset + mask;
        if (buckets[record] <= bucketLimit || shift == 0 || rungs == MAX_RUNGS) {
            moveToHeap(buckets, record);
            frontLast = rungStart[r] + lastOffset;
            return true;
        }
        buildRung(buckets, record, rungStart[r] + firstOffset, lastOffset - firstOffset);
        return false;
    }

    // ---- buckets ---------------------------------------------------------------------------------

    /** Builds a new finest rung over [start, start + span] (span unsigned) from a bucket's entries. */
    private void buildRung(int[] source, int record, long start, long span) {
        int n = source[record];
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n / bucketMean));
        bits = Math.min(MAX_BUCKET_BITS, Math.max(1, bits));
        int shift = Math.max(0, (64 - Long.numberOfLeadingZeros(span)) - bits);
        int count = (int) (span >>> shift) + 1;
        int r = rungs++;
        int[] buckets = rungBuckets[r];
        if (buckets == null || buckets.length < count << BUCKET_STRIDE_SHIFT) {
            buckets = new int[Math.max(count, 64) << BUCKET_STRIDE_SHIFT];
            rungBuckets[r] = buckets;
        }
        rungStart[r] = start;
        rungSpan[r] = span;
        rungShift[r] = shift;
        rungBucketCount[r] = count;
        rungCurrent[r] = -1;
        int chunk = source[record + 1];
        int left = n;
        while (left > 0) {
            int next = chunkNext[chunk];
            int base = chunk << (CHUNK_SHIFT + 1);
            int inChunk = Math.min(left, 1 << CHUNK_SHIFT);
            for (int k = 0; k < inChunk; k++) {
                long time = chunkEntries[base + 2 * k];
                append(buckets, (int) ((time - start) >>> shift) << BUCKET_STRIDE_SHIFT, time,
                        chunkEntries[base + 2 * k + 1]);
            }
            freeChunk(chunk);
            left -= inChunk;
            chunk = next;
        }
        source[record] = 0;
    }

    private void buildRung(int[] source, long start, long span) {
        buildRung(source, 0, start, span);
    }

    /** Copies a bucket's entries into the empty heap, heapifies, and frees the bucket's chunks. */
    private void moveToHeap(int[] source, int record) {
        int n = source[record];
        if (heap.length < 2 * n) {
            heap = new long[Integer.highestOneBit(n) << 2];
        }
        long[] h = heap;
        int chunk = source[record + 1];
        int at = 0;
        while (at < n) {
            int next = chunkNext[chunk];
            int inChunk = Math.min(n - at, 1 << CHUNK_SHIFT);
            System.arraycopy(chunkEntries, chunk << (CHUNK_SHIFT + 1), h, 2 * at, 2 * inChunk);
            freeChunk(chunk);
            at += inChunk;
            chunk = next;
        }
        source[record] = 0;
        heapSize = n;
        for (int i = (n - 2) >> HeapOrder.ARITY_SHIFT; i >= 0; i--) {
            HeapOrder.siftDown(h, i, h[2 * i], h[2 * i + 1], n);
        }
    }

    private void moveToHeap(int[] source) {
        moveToHeap(source, 0);
    }

    private void appendToLadder(long time, long tag) {
        for (int r = 0; ; r++) {
            long index = (time - rungStart[r]) >>> rungShift[r];
            if (index > rungCurrent[r]) {
                append(rungBuckets[r], (int) index << BUCKET_STRIDE_SHIFT, time, tag);
                return;
            }
        }
    }

    private void appendToTop(long time, long tag) {
        append(top, 0, time, tag);
        if (time < topMin) {
            topMin = time;
        }
        if (time > topMax) {
            topMax = time;
        }
    }

    /** Appends an entry to the bucket whose record starts at {@code record} in {@code buckets}. */
    private void append(int[] buckets, int record, long time, long tag) {
        int n = buckets[record];
        int slot = n & CHUNK_MASK;
        int chunk;
        if (slot == 0) {
            chunk = allocateChunk();
            if (n == 0) {
                buckets[record + 1] = chunk;
            } else {
                chunkNext[buckets[record + 2]] = chunk;
            }
            buckets[record + 2] = chunk;
        } else {
            chunk = buckets[record + 2];
        }
        int at = (chunk << (CHUNK_SHIFT + 1)) + (slot << 1);
        chunkEntries[at] = time;
        chunkEntries[at + 1] = tag;
        buckets[record] = n + 1;
    }

    private int allocateChunk() {
        int chunk = freeChunk;
        if (chunk != NO_CHUNK) {
            freeChunk = chunkNext[chunk];
        } else {
            if (chunksUsed == chunkNext.length) {
                chunkNext = Arrays.copyOf(chunkNext, chunksUsed << 1);
                chunkEntries = Arrays.copyOf(chunkEntries, chunkEntries.length << 1);
            }
            chunk = chunksUsed++;
        }
        chunkNext[chunk] = NO_CHUNK;
        return chunk;
    }

    private void freeChunk(int chunk) {
        chunkNext[chunk] = freeChunk;
        freeChunk = chunk;
    }

    private void resetTop() {
        top[0] = 0;
        resetTopBounds();
    }

    private void resetTopBounds() {
        topMin = Long.MAX_VALUE;
        topMax = Long.MIN_VALUE;
    }
}
