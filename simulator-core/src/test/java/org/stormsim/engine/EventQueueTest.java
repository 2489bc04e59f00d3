package org.stormsim.engine;

/** The event-list contract ({@link EventListContract}) over the 4-ary heap, {@link EventQueue}. */
class EventQueueTest extends EventListContract {
    @Override
    EventList create(int initialCapacity) {
        return adapt(new EventQueue(initialCapacity));
    }

    @Override
    EventList create() {
        return adapt(new EventQueue());
    }

    @Override
    void construct(int initialCapacity) {
        new EventQueue(initialCapacity);
    }

    private static EventList adapt(EventQueue q) {
        return new EventList() {
            @Override
            public void schedule(long time, int payload) {
                q.schedule(time, payload);
            }

            @Override
            public long peekTime() {
                return q.peekTime();
            }

            @Override
            public int poll() {
                return q.poll();
            }

            @Override
            public int size() {
                return q.size();
            }

            @Override
            public boolean isEmpty() {
                return q.isEmpty();
            }

            @Override
            public void clear() {
                q.clear();
            }
        };
    }
}
