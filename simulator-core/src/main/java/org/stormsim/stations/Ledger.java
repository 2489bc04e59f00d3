package org.stormsim.stations;

/**
 * The conservation ledger of one kind of message over a whole run: everything generated is
 * delivered (absorbed), lost, or still in flight at the end. {@code balanced} is computed, never
 * assumed; a run whose ledger does not balance fails.
 */
public record Ledger(String kind, long generated, long delivered, long lost, long inFlightAtEnd) implements java.io.Serializable {
    public boolean balanced() {
        return generated == delivered + lost + inFlightAtEnd;
    }

    public String describe() {
        return kind + ": generated " + generated + " vs delivered " + delivered + " + lost " + lost
                + " + in flight " + inFlightAtEnd + " = " + (delivered + lost + inFlightAtEnd);
    }
}
