package org.stormsim.cluster;

import java.util.function.Consumer;
import org.stormsim.experiment.Workers;

/**
 * The {@link Workers.Provider} registered as a service in the cluster jar: {@code --cluster} on
 * {@code run}, {@code sweep} and {@code size-lanes} connects through it. The wait for a first
 * worker is {@value #CONNECT_SECONDS} s, or the system property {@code stormsim.cluster.connectSeconds}.
 */
public final class HazelcastProvider implements Workers.Provider {
    /** How long a study waits for a worker to answer when it starts. */
    static final int CONNECT_SECONDS = 10;

    @Override
    public Workers connect(String addresses, int localThreads, Consumer<String> log) {
        Addresses parsed;
        try {
            parsed = Addresses.parse("--cluster", addresses);
        } catch (IllegalArgumentException e) {
            throw new Workers.Unavailable(e.getMessage());
        }
        long seconds = Long.getLong("stormsim.cluster.connectSeconds", CONNECT_SECONDS);
        return HazelcastWorkers.connect(parsed, Math.max(1, seconds) * 1000, localThreads, log);
    }
}
