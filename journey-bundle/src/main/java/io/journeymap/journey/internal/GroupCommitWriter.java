package io.journeymap.journey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: callers hand over work and wait; one writer thread takes everything that queued up
 * while the previous commit ran and writes it in one transaction. Under load a commit carries many
 * requests, so durable acknowledgement costs one flush per group rather than per request.
 *
 * @param <T> one caller's unit of work
 * @param <R> one caller's result
 */
final class GroupCommitWriter<T, R> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    private record Pending<T, R>(T work, int weight, CompletableFuture<R> done) {
    }

    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final Function<List<T>, List<R>> commitGroup;
    private final ToIntFunction<T> weigher;
    private final int maxWeightPerCommit;
    private final Thread writer;
    private volatile boolean running = true;

    /**
     * @param name               the writer thread's name
     * @param commitGroup        writes a group in one transaction and returns one result per item, in order
     * @param weigher            the weight of an item (e.g. its number of events)
     * @param maxWeightPerCommit the most weight one transaction takes
     */
    GroupCommitWriter(String name, Function<List<T>, List<R>> commitGroup,
            ToIntFunction<T> weigher, int maxWeightPerCommit) {
        this.commitGroup = commitGroup;
        this.weigher = weigher;
        this.maxWeightPerCommit = maxWeightPerCommit;
        this.writer = new Thread(this::run, name);
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * @param work the work
     * @return completes once the work's transaction committed
     */
    CompletableFuture<R> submit(T work) {
        CompletableFuture<R> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new RejectedExecutionException("journal is closed"));
            return done;
        }
        queue.add(new Pending<>(work, weigher.applyAsInt(work), done));
        return done;
    }

    private void run() {
        List<Pending<T, R>> group = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                int weight = first.weight();
                Pending<T, R> next;
                while (weight < maxWeightPerCommit && (next = queue.peek()) != null
                        && weight + next.weight() <= maxWeightPerCommit) {
                    group.add(queue.poll());
                    weight += next.weight();
                }
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                group.clear();
            }
        }
        Pending<T, R> left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new RejectedExecutionException("journal closed before commit"));
        }
    }

    private void commit(List<Pending<T, R>> group) {
        List<T> work = new ArrayList<>(group.size());
        for (Pending<T, R> p : group) {
            work.add(p.work());
        }
        try {
            List<R> results = commitGroup.apply(work);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            LOG.error("Group commit of {} requests failed; each caller gets the error", group.size(), e);
            for (Pending<T, R> p : group) {
                p.done().completeExceptionally(e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
