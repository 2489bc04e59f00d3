package org.stormsim.scenario;

/**
 * A rate as written in a scenario ({@code 0.9/s}, {@code 1500/s}, {@code 120/h}, {@code 2.3/d}):
 * a number and a unit among {@code /s /min /h /d}, held as events per second.
 */
public record Rate(double perSecond, String text) implements java.io.Serializable {
    public static final String ALLOWED = "a number and a unit among /s, /min, /h, /d (e.g. 0.9/s, 120/h)";

    public static Rate parse(String text) {
        return new Rate(Units.perSecond(text, ALLOWED), text);
    }

    public static Rate ofPerSecond(double perSecond) {
        return new Rate(perSecond, perSecond + "/s");
    }

    @Override
    public String toString() {
        return text;
    }
}
