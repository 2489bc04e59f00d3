package org.stormsim.experiment;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.IntConsumer;

/**
 * Kernel threads in other JVMs: the workers of a cluster that an {@link Experiment} hands its batches
 * to instead of running them on threads of its own. Each batch's results come back in task order
 * whatever worker ran each task, so a study's outputs are those of the same study on one machine. A
 * task that is not {@link ReplicationTask#portable() portable} runs where the study runs. The
 * engine behind it comes from a separate module (stormsim's cluster jar), found through
 * {@link Provider} with {@link ServiceLoader}, so the core depends on none. Batches are run from one
 * thread; stop, progress and close from any.
 */
public interface Workers extends AutoCloseable {
    /** Runs every task, results in task order, telling {@code done} each task's index as it ends; a task's failure is rethrown. */
    <T> List<T> run(List<? extends ReplicationTask<? extends T>> tasks, IntConsumer done);

    /** How many tasks the workers run at once (their kernel threads together), for the threads a run reports. */
    int slots();

    /** Stops the batch running now and every later one, on every worker (from any thread). */
    void requestStop();

    /** How far the running batch has got: the simulated time of the tasks finished over the batch's total. */
    RunProgress progress();

    /** Lets go of the connection to the workers (the workers keep running). */
    @Override
    void close();

    /** Connects to the workers of a cluster; one is registered as a service by the cluster module. */
    interface Provider {
        /**
         * The workers of the cluster at {@code addresses} (host:port, comma-separated), with
         * {@code localThreads} threads for the tasks that run here; {@code log} hears a line now and
         * then (who joined, a task run again). Throws {@link Unavailable} when no worker answers.
         */
        Workers connect(String addresses, int localThreads, java.util.function.Consumer<String> log);
    }

    /** The cluster could not be used: no provider on the class path, bad addresses, no worker answers or every worker was lost. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }

    /** The workers at {@code addresses}, through the provider on the class path; {@link Unavailable} when there is none. */
    static Workers connect(String addresses, int localThreads, java.util.function.Consumer<String> log) {
        for (Provider p : ServiceLoader.load(Provider.class)) {
            return p.connect(addresses, localThreads, log);
        }
        throw new Unavailable("--cluster needs stormsim's cluster jar: run java -jar simulator-cluster/target/stormsim-cluster.jar "
                + "(or ./stormsim, which uses it when it is built); see docs/cluster.md");
    }
}
