package org.stormsim.scenario;

/**
 * A value parser's complaint about one value: what is wrong, including what is allowed. The
 * binder turns it into a {@link Problem} at the value's location.
 */
public final class InvalidValueException extends RuntimeException {
    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
