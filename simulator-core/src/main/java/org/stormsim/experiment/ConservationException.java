package org.stormsim.experiment;

/** A run's conservation ledger did not balance: a defect in the model, reported as an internal error. */
public final class ConservationException extends RuntimeException {
    public ConservationException(String message) {
        super(message);
    }
}
