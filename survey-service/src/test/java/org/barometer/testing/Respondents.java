package org.barometer.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The employees of one wave answering over the public API, each with a comment that names them
 * ("answer 17") and a stress rating that follows from their number, so that what a database holds
 * afterwards can be compared with what the service told them.
 * <p>
 * An answer is stored, as far as its respondent knows, once the service acknowledged it with 201.
 * One sent without that answer (the service killed mid-request, the database away: no reply, or
 * 503) is in doubt: its commit may have gone through. {@link #settle} sends those again, as the
 * respondent would: 201, it was not stored and now is; 409, it had been after all.
 */
public final class Respondents {

    /** One employee's link and the answer they give. */
    public record Respondent(int number, String token) {

        public String comment() {
            return "answer " + number;
        }

        public int stress() {
            return 1 + number % 5;
        }

        String body() {
            return "{\"token\":\"" + token + "\",\"answers\":{\"stress\":" + stress() + ",\"clarity\":3,\"interruptions\":2,"
                    + "\"autonomy\":4,\"workload\":3,\"support\":5},\"comment\":\"" + comment() + "\"}";
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Queue<Respondent> unanswered;
    private final Set<Respondent> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<Respondent> inDoubt = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Respondents(List<Respondent> respondents) {
        this.unanswered = new ConcurrentLinkedQueue<>(respondents);
    }

    /** Everyone invited by the emails in {@code outbox} (call once the wave's emails went out). */
    public static Respondents of(Path outbox) {
        Map<String, String> tokens = EmlOutbox.tokensByRecipient(outbox);
        List<String> recipients = tokens.keySet().stream().sorted(Comparator.naturalOrder()).toList();
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            respondents.add(new Respondent(i + 1, tokens.get(recipients.get(i))));
        }
        return new Respondents(respondents);
    }

    /**
     * {@code count} more people answer, {@code clients} at a time, and each is acknowledged with 201;
     * returns as soon as the last 201 has arrived.
     */
    public void answer(URL service, int count, int clients) {
        List<Respondent> next = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            next.add(take());
        }
        Queue<Respondent> queue = new ConcurrentLinkedQueue<>(next);
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        runClients(clients, () -> {
            for (Respondent r = queue.poll(); r != null; r = queue.poll()) {
                int status = send(service, r);
                if (status != 201) {
                    refused.add(r.comment() + ": " + status);
                }
            }
        }, Duration.ofMinutes(2));
        if (!refused.isEmpty()) {
            throw new AssertionError("Answers not acknowledged: " + refused);
        }
    }

    /** Clients answering, one respondent after another, through the given services in turn, until stopped. */
    public Load load(List<URL> services, int clients) {
        return new Load(services, clients);
    }

    /** Sends every answer in doubt again, until each is known stored: acknowledged now (201) or before (409). */
    public void settle(URL service) {
        for (Respondent r : List.copyOf(inDoubt)) {
            int status = post(service, r);
            for (int attempt = 1; status == 503 && attempt < 20; attempt++) {
                // Right after an outage the pool may still hand out a connection it lost: the client retries.
                BarometerApi.sleep(250);
                status = post(service, r);
            }
            if (status != 201 && status != 409) {
                throw new AssertionError(r.comment() + " sent again: " + status);
            }
            inDoubt.remove(r);
            acknowledged.add(r);
        }
    }

    /** The comments of the answers the respondents know stored (after {@link #settle}: every answer sent). */
    public Set<String> stored() {
        return acknowledged.stream().map(Respondent::comment).collect(Collectors.toSet());
    }

    /** The comments of every answer sent: acknowledged, or in doubt. */
    public Set<String> sent() {
        Set<String> sent = new HashSet<>(stored());
        inDoubt.forEach(r -> sent.add(r.comment()));
        return sent;
    }

    /** Answers acknowledged with 201 (or, settled, with 409). */
    public int acknowledged() {
        return acknowledged.size();
    }

    /** Answers sent without an acknowledgement, not yet settled. */
    public int inDoubt() {
        return inDoubt.size();
    }

    /** The stress rating respondent {@code comment} gave. */
    public static int stressOf(String comment) {
        return new Respondent(Integer.parseInt(comment.substring("answer ".length())), "").stress();
    }

    private Respondent take() {
        Respondent r = unanswered.poll();
        if (r == null) {
            throw new AssertionError("Everyone has answered: invite more people");
        }
        return r;
    }

    /** Sends one answer and files it: acknowledged, or in doubt. Returns the status, 0 when no reply came. */
    private int send(URL service, Respondent r) {
        int status = post(service, r);
        if (status == 201) {
            acknowledged.add(r);
        } else {
            inDoubt.add(r);
        }
        return status;
    }

    private int post(URL service, Respondent r) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/responses")).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(r.body())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0; // killed mid-request, or not listening
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void runClients(int clients, Runnable client, Duration timeout) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(client);
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                throw new AssertionError("Clients still answering after " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Clients answering until {@link #stopSending()}; a client whose answer failed pauses before the next. */
    public final class Load {

        private final ExecutorService pool;
        private volatile boolean stop;

        private Load(List<URL> services, int clients) {
            pool = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                URL service = services.get(i % services.size());
                pool.submit(() -> {
                    while (!stop) {
                        if (send(service, take()) != 201) {
                            BarometerApi.sleep(100);
                        }
                    }
                });
            }
            pool.shutdown();
        }

        /** No client starts another answer; those on their way finish (or fail, if the service is killed). */
        public void stopSending() {
            stop = true;
        }

        /** Stops the load and waits for the answers on their way. */
        public void stop() {
            stopSending();
            try {
                if (!pool.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                    throw new AssertionError("Clients still answering");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits, bounded, until at least {@code count} answers in all are acknowledged. */
        public void awaitAcknowledged(int count) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (acknowledged.size() < count) {
                if (System.nanoTime() > deadline || pool.isTerminated()) {
                    throw new AssertionError(acknowledged.size() + " answers acknowledged, waiting for " + count
                            + (pool.isTerminated() ? " (the clients stopped: everyone answered?)" : ""));
                }
                BarometerApi.sleep(10);
            }
        }
    }
}
