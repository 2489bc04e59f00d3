package org.stormsim.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.stormsim.experiment.Experiment;
import org.stormsim.experiment.ReplicationOutcome;
import org.stormsim.experiment.ReplicationTask;
import org.stormsim.experiment.RunProgress;
import org.stormsim.experiment.Workers;

/**
 * A study's coordinator: a Hazelcast client that hands each batch's portable tasks to the workers,
 * as many to each as it has kernel threads, the next one to the first worker free (so a fast
 * worker takes more), and gathers the results by task index, so they come back in task order
 * whoever ran them. A task whose worker is lost (it left the cluster or its connection broke) goes
 * back to the head of the queue and runs again elsewhere; its first attempt is forgotten, so a result
 * is never counted twice. When no worker is left for {@link #NO_WORKER_MILLIS}, the study fails with
 * {@link Workers.Unavailable}. Tasks that are not portable (the replication that keeps time series)
 * run here, on a local experiment, at the same time. A stop is sent to every worker. Prints the
 * tasks done and the time left every few seconds. Batches are run from one thread.
 */
final class HazelcastWorkers implements Workers {
    /** How long a study waits for a worker when every one is gone, before it gives up. */
    static final long NO_WORKER_MILLIS = 60_000;
    private static final long REPORT_NANOS = 10_000_000_000L;
    /** How long a worker whose task failed for want of it is left aside (its loss may take the cluster seconds to see). */
    private static final long SUSPECT_NANOS = 15_000_000_000L;

    private final HazelcastInstance client;
    private final IExecutorService executor;
    private final IExecutorService control;
    private final Experiment local;
    private final Consumer<String> log;
    private final String study = UUID.randomUUID().toString();
    private volatile boolean stopped;
    private volatile long batchMicros;
    private volatile long doneMicros;
    private volatile long doneEvents;

    HazelcastWorkers(HazelcastInstance client, int localThreads, Consumer<String> log) {
        this.client = client;
        this.executor = client.getExecutorService(HazelcastSetup.EXECUTOR);
        this.control = client.getExecutorService(HazelcastSetup.CONTROL);
        this.local = new Experiment(localThreads);
        this.log = log;
    }

    /** Connects to the workers at {@code addresses}; {@link Workers.Unavailable} when none answers within {@code connectMillis}. */
    static HazelcastWorkers connect(Addresses addresses, long connectMillis, int localThreads, Consumer<String> log) {
        HazelcastInstance c;
        try {
            c = HazelcastClient.newHazelcastClient(HazelcastSetup.client(addresses, connectMillis));
        } catch (IllegalStateException e) {
            throw new Workers.Unavailable(String.format(Locale.ROOT, "--cluster %s: no stormsim worker answered within %d s; start workers with "
                    + "'stormsim worker' (docs/cluster.md) and give their host:port", addresses, connectMillis / 1000));
        }
        HazelcastWorkers w = new HazelcastWorkers(c, localThreads, log);
        log.accept(String.format(Locale.ROOT, "cluster: connected to %d worker(s), %d kernel thread(s) in all", c.getCluster().getMembers().size(),
                w.slots()));
        return w;
    }

    @Override
    public int slots() {
        int n = 0;
        for (Member m : client.getCluster().getMembers()) {
            n += threadsOf(m);
        }
        return Math.max(1, n);
    }

    private static int threadsOf(Member m) {
        String t = m.getAttribute(HazelcastSetup.THREADS);
        return t == null ? 1 : Math.max(1, Integer.parseInt(t));
    }

    @Override
    public <T> List<T> run(List<? extends ReplicationTask<? extends T>> tasks, IntConsumer done) {
        int n = tasks.size();
        Object[] results = new Object[n];
        List<Integer> here = new ArrayList<>();
        Deque<Integer> queue = new ArrayDeque<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            (tasks.get(i).portable() ? queue : here).add(i);
            total += tasks.get(i).horizon();
        }
        batchMicros = total;
        doneMicros = 0;
        doneEvents = 0;
        FutureTask<Void> localRun = runHere(tasks, here, results, done);
        new Dispatch<T>(tasks, queue, results, done).run();
        join(localRun);
        List<T> out = new ArrayList<>();
        for (Object r : results) {
            out.add(cast(r));
        }
        return out;
    }

    /** Runs the tasks that cannot travel on the local experiment, on a thread of its own; null when there are none. */
    private <T> FutureTask<Void> runHere(List<? extends ReplicationTask<? extends T>> tasks, List<Integer> here, Object[] results,
                                         IntConsumer done) {
        if (here.isEmpty()) {
            return null;
        }
        List<ReplicationTask<? extends T>> mine = new ArrayList<>();
        here.forEach(i -> mine.add(tasks.get(i)));
        FutureTask<Void> f = new FutureTask<>(() -> {
            List<T> r = local.run(mine, j -> done.accept(here.get(j)));
            for (int j = 0; j < r.size(); j++) {
                results[here.get(j)] = r.get(j);
            }
            return null;
        });
        Thread t = new Thread(f, "stormsim-local-tasks");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static void join(FutureTask<Void> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    @Override
    public void requestStop() {
        stopped = true;
        local.requestStop();
        try {
            control.executeOnAllMembers(new StopStudy(study));
        } catch (RuntimeException e) {
            log.accept("cluster: the stop could not reach every worker (" + e.getMessage() + "); their tasks run to their horizon");
        }
    }

    @Override
    public RunProgress progress() {
        RunProgress here = local.progress();
        return new RunProgress(doneMicros + here.simulatedDone(), batchMicros, doneEvents + here.events());
    }

    @Override
    public void close() {
        client.shutdown();
    }

    /** Whether {@code e} says the task's worker was lost (rather than that the task itself failed). */
    static boolean lost(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof MemberLeftException || t instanceof TargetDisconnectedException || t instanceof TargetNotMemberException
                || t instanceof HazelcastInstanceNotActiveException || t instanceof RejectedExecutionException || t instanceof IOException;
    }

    /** One result or failure of one attempt at a task, from a Hazelcast callback thread. */
    private record Completion(long attempt, Object result, Throwable failure) {
    }

    /** One task sent: which, to whom. */
    private record Attempt(int task, Member member) {
    }

    /** One batch's dispatch loop, on the study's thread. */
    private final class Dispatch<T> {
        private final List<? extends ReplicationTask<? extends T>> tasks;
        private final Deque<Integer> queue;
        private final Object[] results;
        private final IntConsumer done;
        private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
        private final Map<Long, Attempt> inFlight = new HashMap<>();
        private final Map<UUID, Long> suspectUntil = new HashMap<>();
        private final int remote;
        private final long start = System.nanoTime();
        private long nextAttempt;
        private int finished;
        private long lastReport = start;
        private long noWorkerSince;

        Dispatch(List<? extends ReplicationTask<? extends T>> tasks, Deque<Integer> queue, Object[] results, IntConsumer done) {
            this.tasks = tasks;
            this.queue = queue;
            this.results = results;
            this.done = done;
            this.remote = queue.size();
        }

        void run() {
            while (finished < remote) {
                List<Member> members = new ArrayList<>(client.getCluster().getMembers());
                forgetLost(members);
                dispatch(members);
                Completion c;
                try {
                    c = completions.poll(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if (c != null) {
                    take(c);
                }
                report();
            }
        }

        /** Sends queued tasks to every worker with a free kernel thread. */
        private void dispatch(List<Member> members) {
            long now = System.nanoTime();
            boolean any = false;
            for (Member m : members) {
                Long until = suspectUntil.get(m.getUuid());
                if (until != null && now < until) {
                    continue;
                }
                any = true;
                int busy = (int) inFlight.values().stream().filter(a -> a.member().getUuid().equals(m.getUuid())).count();
                for (int k = busy; k < threadsOf(m) && !queue.isEmpty(); k++) {
                    send(queue.pollFirst(), m);
                }
            }
            checkWorkersLeft(any || !inFlight.isEmpty());
        }

        private void send(int task, Member m) {
            long attempt = nextAttempt++;
            inFlight.put(attempt, new Attempt(task, m));
            try {
                executor.submitToMember(new RemoteTask(study, tasks.get(task), stopped), m, new ExecutionCallback<Object>() {
                    @Override
                    public void onResponse(Object response) {
                        completions.add(new Completion(attempt, response, null));
                    }

                    @Override
                    public void onFailure(Throwable t) {
                        completions.add(new Completion(attempt, null, t));
                    }
                });
            } catch (RuntimeException e) {
                completions.add(new Completion(attempt, null, e));
            }
        }

        private void take(Completion c) {
            Attempt a = inFlight.remove(c.attempt());
            if (a == null) {
                return; // an attempt already given up (its worker was seen gone): the task ran again elsewhere
            }
            if (c.failure() == null) {
                results[a.task()] = c.result();
                finished++;
                doneMicros += tasks.get(a.task()).horizon();
                if (c.result() instanceof ReplicationOutcome o) {
                    doneEvents += o.events();
                }
                done.accept(a.task());
            } else if (lost(c.failure())) {
                again(a, "its worker " + a.member().getAddress() + " was lost (" + c.failure().getClass().getSimpleName() + ")");
            } else {
                requestStop(); // the study fails: let the workers drop its other tasks
                throw rethrown(c.failure());
            }
        }

        /** Gives up the attempts on workers no longer in the cluster. */
        private void forgetLost(List<Member> members) {
            List<Long> gone = new ArrayList<>();
            inFlight.forEach((id, a) -> {
                if (members.stream().noneMatch(m -> m.getUuid().equals(a.member().getUuid()))) {
                    gone.add(id);
                }
            });
            for (Long id : gone) {
                Attempt a = inFlight.remove(id);
                if (a != null) {
                    again(a, "its worker " + a.member().getAddress() + " left the cluster");
                }
            }
        }

        private void again(Attempt a, String why) {
            suspectUntil.put(a.member().getUuid(), System.nanoTime() + SUSPECT_NANOS);
            inFlight.entrySet().removeIf(e -> {
                if (e.getValue().member().getUuid().equals(a.member().getUuid())) {
                    queue.addFirst(e.getValue().task());
                    return true;
                }
                return false;
            });
            queue.addFirst(a.task());
            log.accept(String.format(Locale.ROOT, "cluster: task %d runs again elsewhere: %s", a.task() + 1, why));
        }

        private void checkWorkersLeft(boolean any) {
            if (any || queue.isEmpty()) {
                noWorkerSince = 0;
                return;
            }
            long now = System.nanoTime();
            if (noWorkerSince == 0) {
                noWorkerSince = now;
                log.accept("cluster: no worker is left; waiting up to " + NO_WORKER_MILLIS / 1000 + " s for one to join");
            } else if (now - noWorkerSince > NO_WORKER_MILLIS * 1_000_000) {
                throw new Workers.Unavailable(String.format(Locale.ROOT, "the cluster lost every worker and none joined within %d s; "
                        + "%d of %d task(s) of the batch had finished; nothing was written", NO_WORKER_MILLIS / 1000, finished, remote));
            }
        }

        private void report() {
            long now = System.nanoTime();
            if (now - lastReport < REPORT_NANOS || finished == 0) {
                return;
            }
            lastReport = now;
            double elapsed = (now - start) / 1e9;
            double left = elapsed / finished * (remote - finished);
            log.accept(String.format(Locale.ROOT, "cluster: %d/%d task(s) done on %d worker(s), %.0f s elapsed, about %.0f s left", finished, remote,
                    client.getCluster().getMembers().size(), elapsed, left));
        }
    }

    @SuppressWarnings("unchecked") // results[i] is what task i returned
    private static <T> T cast(Object r) {
        return (T) r;
    }

    private static RuntimeException rethrown(Throwable t) {
        Throwable c = t;
        while ((c instanceof ExecutionException || c instanceof CompletionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof RuntimeException re) {
            return re;
        }
        if (c instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(c);
    }
}
