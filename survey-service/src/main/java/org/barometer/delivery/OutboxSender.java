package org.barometer.delivery;

import io.micronaut.context.BeanProvider;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Delivers the outbox: claim a batch, send each message, record each outcome in its own short
 * statement (a transaction of its own) right after the server's answer. A crash between sending and recording resends at
 * most the claimed batch once its lease expires; nothing is lost. Messages go no faster than
 * {@code barometer.mail.rate-per-second} per instance, shared by its {@code barometer.mail.senders}
 * workers: each claims its own batches and has its own SMTP connection, so one sends while
 * another waits for the mail server's answer or the database's commit.
 */
@Singleton
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final OutboxClaimer claimer;
    private final OutboxRepository outbox;
    private final MailRenderer renderer;
    private final List<MailTransport> transports;
    private final ExecutorService workers;
    private volatile boolean stopping;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(OutboxClaimer claimer, OutboxRepository outbox, MailRenderer renderer,
                 BeanProvider<MailTransport> transports, MailSettings settings, Clock clock) {
        this.claimer = claimer;
        this.outbox = outbox;
        this.renderer = renderer;
        int senders = Math.max(1, settings.senders());
        this.transports = IntStream.range(0, senders).mapToObj(i -> transports.get()).toList();
        this.workers = Executors.newFixedThreadPool(senders, r -> {
            Thread thread = new Thread(r, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${barometer.mail.poll-interval:2s}", initialDelay = "1s")
    void deliverDue() {
        MailPacer pacer = MailPacer.perSecond(settings.ratePerSecond());
        List<Callable<Void>> rounds = transports.stream().<Callable<Void>>map(t -> () -> {
            deliverRound(t, pacer);
            return null;
        }).toList();
        try {
            for (Future<Void> round : workers.invokeAll(rounds)) {
                round.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException shuttingDown) {
            // The service is shutting down: the work stays in the outbox for the next start.
        } catch (ExecutionException e) {
            LOG.warn("Email delivery worker failed: {}", e.getCause().toString());
        }
    }

    /**
     * Lets each worker finish the email in hand, then stop: interrupting one inside a JDBC call
     * would break its connection. Claimed emails not sent yet go out after their lease, from here
     * or another instance.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        workers.shutdown();
        if (!workers.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    /** One worker's round: batch after batch until nothing is due. */
    private void deliverRound(MailTransport transport, MailPacer pacer) {
        try {
            List<PendingMail> batch;
            do {
                batch = claimer.claim();
                for (PendingMail mail : batch) {
                    if (stopping) {
                        return;
                    }
                    pacer.awaitTurn();
                    deliver(transport, mail);
                }
            } while (!batch.isEmpty() && !stopping);
        } catch (RuntimeException e) {
            // The database may be briefly away: this round ends, the next one tries again.
            LOG.warn("Email delivery round stopped: {}", e.toString());
        } finally {
            transport.endRound();
        }
    }

    private void deliver(MailTransport transport, PendingMail mail) {
        try {
            transport.send(mail.recipient(), renderer.render(mail));
            outbox.markSent(mail.messageId());
        } catch (MailFailure failure) {
            if (failure.permanent() || mail.attempts() >= settings.maxAttempts()) {
                LOG.warn("Email {} failed for good after {} attempt(s): {}", mail.messageId(), mail.attempts(),
                        failure.getMessage());
                outbox.markFailed(mail.messageId(), failure.getMessage());
            } else {
                Duration wait = backoff(mail.attempts());
                LOG.info("Email {} will be retried in {}: {}", mail.messageId(), wait, failure.getMessage());
                outbox.retryLater(mail.messageId(), clock.instant().plus(wait), failure.getMessage());
            }
        }
    }

    /** retryBase × 2^(attempts−1), at most an hour. */
    Duration backoff(int attempts) {
        Duration wait = settings.retryBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
