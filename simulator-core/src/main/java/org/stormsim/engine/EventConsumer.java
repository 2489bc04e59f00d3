package org.stormsim.engine;

/**
 * What the kernel calls for each event it takes from the event list. A model implements it; the
 * kernel thread is the only caller, and the model's state is owned by that thread.
 */
@FunctionalInterface
public interface EventConsumer {
    /** Handles the event carrying {@code payload}; {@link Kernel#now()} is the event's time. */
    void onEvent(int payload);
}
