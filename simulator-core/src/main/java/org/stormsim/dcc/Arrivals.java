package org.stormsim.dcc;

/**
 * Where a source's arrival goes: the alert path for an alert a device raised, the request path for
 * a User's new Service Request. The model hands itself to the source at each arrival, so a source
 * holds no reference to the paths. Kernel thread only.
 */
interface Arrivals {
    /** Device {@code device} of {@code source} raised an alert now. */
    void alert(AlertSource source, long device, long now);

    /** A User sends a new request (its first attempt) through {@code source}. */
    void request(ServiceRequestSource source, short variant, byte category, long now);

    /** The CSP sends a test command through {@code source}. */
    void testCommand(TestCommandSource source, long now);

    /** A SMETS1 migration of {@code source}'s wave is attempted now; {@code fails} whether it will fail. */
    void migration(MigrationSource source, boolean fails, long now);
}
