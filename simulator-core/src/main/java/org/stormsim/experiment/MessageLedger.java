package org.stormsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conservation ledger of one kind of message in the GB model: everything generated ends in
 * exactly one of the terms (delivered, suppressed, rejected, throttled, timed out, lost, ...) or is
 * still in flight at the end. {@code balanced} is computed from the counts, never assumed.
 */
public record MessageLedger(String kind, long generated, Map<String, Long> terms) {
    public MessageLedger {
        terms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    public long accounted() {
        long s = 0;
        for (long v : terms.values()) {
            s += v;
        }
        return s;
    }

    public boolean balanced() {
        return generated == accounted();
    }

    public String describe() {
        return kind + ": generated " + generated + " vs " + terms + " = " + accounted();
    }
}
