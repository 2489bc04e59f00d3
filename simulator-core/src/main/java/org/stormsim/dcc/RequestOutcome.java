package org.stormsim.dcc;

/**
 * What the metrics count of Service Request attempts: submitted (every attempt), resubmitted
 * (attempts after the first), and how an attempt ended: completed (a response reached the User),
 * timed out, throttled (refused by SECMP0067), rejected (a firmware job cancelled with every channel
 * busy), lost at a full stage, dropped from a CSP's firmware queue, rejected by the device, failed
 * (every download attempt); deferred counts SECMP0067 deferrals of attempts still in flight. The
 * ordinal indexes the count tables.
 */
public enum RequestOutcome {
    SUBMITTED, RESUBMITTED, COMPLETED, TIMED_OUT, THROTTLED, REJECTED, LOST, DEFERRED, DROPPED, DEVICE_REJECTED, FAILED;

    /** The outcome of a request outcome record's kind ({@link DccOutcome#SR_SUBMITTED} and the others). */
    static RequestOutcome of(int kind) {
        switch (kind) {
            case DccOutcome.SR_SUBMITTED:
                return SUBMITTED;
            case DccOutcome.SR_COMPLETED:
                return COMPLETED;
            case DccOutcome.SR_TIMED_OUT:
                return TIMED_OUT;
            case DccOutcome.SR_THROTTLED:
                return THROTTLED;
            case DccOutcome.SR_REJECTED:
                return REJECTED;
            case DccOutcome.SR_LOST:
                return LOST;
            case DccOutcome.SR_DEFERRED:
                return DEFERRED;
            case DccOutcome.SR_DROPPED:
                return DROPPED;
            case DccOutcome.SR_DEVICE_REJECTED:
                return DEVICE_REJECTED;
            case DccOutcome.SR_FAILED:
                return FAILED;
            default:
                throw new IllegalStateException("unknown outcome kind " + kind);
        }
    }
}
