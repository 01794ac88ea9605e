package org.barometer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * N clients posting the next unused answer, in one of two ways. A closed loop ({@link #run}): each
 * client sends as soon as its previous answer is answered, so the service is saturated and the
 * latency is mostly queueing. An open loop ({@link #paced}): answers are due at a steady rate
 * whatever the service's speed, as people clicking their links would send them, and each latency
 * counts from when the answer was due, so a stall is not hidden by the clients waiting on it.
 */
final class LoadRun {

    record Result(int clients, long done, double perSecond, double p50, double p99, long errors, boolean exhausted) {
    }

    private final URI target;
    private final List<String> bodies;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4)).build();

    LoadRun(URI target, List<String> bodies) {
        this.target = target;
        this.bodies = bodies;
    }

    /** The closed loop. */
    Result run(int clients, Duration length) throws InterruptedException {
        return drive(clients, length, (start, sent) -> System.nanoTime());
    }

    /** The open loop: the k-th answer of the run is due {@code k / perSecond} seconds after its start. */
    Result paced(int clients, double perSecond, Duration length) throws InterruptedException {
        return drive(clients, length, (start, sent) -> {
            long due = start + (long) (sent.getAndIncrement() * 1e9 / perSecond);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            return due;
        });
    }

    /** When a client's next answer is due (it waits until then), given the run's start and its answers so far. */
    private interface Schedule {
        long nextDue(long start, AtomicLong sent);
    }

    private Result drive(int clients, Duration length, Schedule schedule) throws InterruptedException {
        long[][] latencies = new long[clients][];
        AtomicLong errors = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> latencies[client] = loop(start, end, schedule, sent, errors, done));
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients, done.get(), done.get() / seconds, percentile(all, 0.50), percentile(all, 0.99), errors.get(),
                next.get() >= bodies.size());
    }

    private long[] loop(long start, long end, Schedule schedule, AtomicLong sent, AtomicLong errors, AtomicInteger done) {
        long[] latencies = new long[200_000];
        int count = 0;
        while (true) {
            long due = schedule.nextDue(start, sent);
            if (due >= end) {
                break;
            }
            int i = next.getAndIncrement();
            if (i >= bodies.size()) {
                break;
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 201) {
                    done.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
            if (count < latencies.length) {
                latencies[count++] = System.nanoTime() - due;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    /** The p-th quantile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
    }
}
