package org.stormsim.engine;

/** The event-list contract ({@link EventListContract}) over the 4-ary heap, {@link EventQueue}. */
class EventQueueTest extends EventListContract {
    @Override
    EventList create(int initialCapacity) {
        return new EventQueue(initialCapacity);
    }

    @Override
    EventList create() {
        return new EventQueue();
    }

    @Override
    void construct(int initialCapacity) {
        new EventQueue(initialCapacity);
    }
}
