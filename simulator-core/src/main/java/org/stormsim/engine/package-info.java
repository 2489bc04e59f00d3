/**
 * The engine: integer simulated time in microseconds, the primitive pending-event list, the
 * single-threaded kernel loop, the named random streams, and the base of the samplers that the
 * kernel wakes once per interval to record a model's state. Nothing here knows about queues or
 * smart meters; models plug in through {@link org.stormsim.engine.EventConsumer} and
 * {@link org.stormsim.engine.PeriodicSampler}.
 */
package org.stormsim.engine;
