package org.stormsim.loops;

/** {@link PrimitiveBinaryHeap} keeps the {@link EventListContract}. */
class PrimitiveBinaryHeapTest extends EventListContract {
    @Override
    EventList newList(int initialCapacity) {
        return new PrimitiveBinaryHeap(initialCapacity);
    }
}
