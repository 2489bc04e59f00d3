package org.stormsim.scenario;

/**
 * A scenario record that checks its own values once bound, reporting every problem through the
 * {@link Validation} (which knows where each field was written).
 */
public interface Validated {
    void validate(Validation v);
}
