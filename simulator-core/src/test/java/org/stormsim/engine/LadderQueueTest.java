package org.stormsim.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The event-list contract ({@link EventListContract}) over {@link LadderQueue}: with its default
 * sizes (the contract's larger cases use the ladder, the smaller ones the heap alone), and with tiny
 * sizes, so that even a handful of events goes through the top, several rungs and the heap.
 */
class LadderQueueTest extends EventListContract {
    @Override
    EventList create(int initialCapacity) {
        return new LadderQueue(initialCapacity);
    }

    @Override
    EventList create() {
        return new LadderQueue();
    }

    @Override
    void construct(int initialCapacity) {
        new LadderQueue(initialCapacity);
    }

    @Test
    void shouldRejectABucketLimitNotBelowTheSpillSize() {
        assertThrows(IllegalArgumentException.class, () -> new LadderQueue(16, 8, 8, 2));
        assertThrows(IllegalArgumentException.class, () -> new LadderQueue(16, 8, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new LadderQueue(16, 8, 4, 0));
    }

    /** The whole contract again, with the ladder in use from the fifth pending event on. */
    @Nested
    class WithTinyBuckets extends EventListContract {
        @Override
        EventList create(int initialCapacity) {
            return new LadderQueue(initialCapacity, 4, 2, 1);
        }

        @Override
        EventList create() {
            return create(1024);
        }

        @Override
        void construct(int initialCapacity) {
            new LadderQueue(initialCapacity, 4, 2, 1);
        }
    }

    /** The whole contract again, with buckets of a few dozen events split in up to eight rungs. */
    @Nested
    class WithSmallBuckets extends EventListContract {
        @Override
        EventList create(int initialCapacity) {
            return new LadderQueue(initialCapacity, 200, 40, 8);
        }

        @Override
        EventList create() {
            return create(1024);
        }

        @Override
        void construct(int initialCapacity) {
            new LadderQueue(initialCapacity, 200, 40, 8);
        }
    }
}
