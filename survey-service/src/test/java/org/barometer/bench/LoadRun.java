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

/** A closed loop of N clients, each posting the next unused answer as soon as its previous one is answered. */
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

    Result run(int clients, Duration length) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        long[][] latencies = new long[clients][];
        AtomicLong errors = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> latencies[client] = loop(end, errors, done));
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients, done.get(), done.get() / seconds, percentile(all, 0.50), percentile(all, 0.99), errors.get(),
                next.get() >= bodies.size());
    }

    private long[] loop(long end, AtomicLong errors, AtomicInteger done) {
        long[] latencies = new long[200_000];
        int count = 0;
        while (System.nanoTime() < end) {
            int i = next.getAndIncrement();
            if (i >= bodies.size()) {
                break;
            }
            long start = System.nanoTime();
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
                latencies[count++] = System.nanoTime() - start;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e6;
    }
}
