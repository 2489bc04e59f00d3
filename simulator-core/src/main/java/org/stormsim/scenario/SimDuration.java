package org.stormsim.scenario;

import org.stormsim.engine.SimTime;

/**
 * A span of simulated time as written in a scenario ({@code 1100000s}, {@code 250ms}, {@code 1.5h}):
 * a number and a unit among {@code us ms s min h d}, held as whole microseconds.
 */
public record SimDuration(long micros, String text) implements java.io.Serializable {
    public static final String ALLOWED = "a number and a unit among us, ms, s, min, h, d (e.g. 30s, 250ms, 1.5h)";

    public static SimDuration parse(String text) {
        return new SimDuration(Units.micros(text, ALLOWED), text);
    }

    public static SimDuration ofMicros(long micros) {
        return new SimDuration(micros, SimTime.toSeconds(micros) + "s");
    }

    public double seconds() {
        return SimTime.toSeconds(micros);
    }

    @Override
    public String toString() {
        return text;
    }
}
