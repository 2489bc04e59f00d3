package org.stormsim.loops;

/** {@link PriorityQueueEventList} keeps the {@link EventListContract}. */
class PriorityQueueEventListTest extends EventListContract {
    @Override
    EventList newList(int initialCapacity) {
        return new PriorityQueueEventList(initialCapacity);
    }
}
