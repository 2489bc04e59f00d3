/**
 * The engine: integer simulated time in microseconds, the primitive pending-event list, the
 * single-threaded kernel loop and the named random streams. Nothing here knows about queues or
 * smart meters; models plug in through {@link org.stormsim.engine.EventConsumer}.
 */
package org.stormsim.engine;
