package org.stormsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent replications on up to {@code threads} kernel threads and returns their results
 * in replication order, so results never depend on the thread count. A replication's failure is
 * rethrown as it was.
 */
public final class ReplicationRunner {
    private ReplicationRunner() {
    }

    public static <R> List<R> run(int replications, int threads, IntFunction<Callable<R>> replication) {
        int t = Math.max(1, Math.min(threads, replications));
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "stormsim-kernel");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < replications; i++) {
                futures.add(pool.submit(replication.apply(i)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
