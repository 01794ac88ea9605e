package org.barometer.delivery;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Delivers the outbox: claim a batch, send each message, record each outcome in its own short
 * statement (a transaction of its own) right after the server's answer. A crash between sending and recording resends at
 * most the claimed batch once its lease expires; nothing is lost. Messages go no faster than
 * {@code barometer.mail.rate-per-second} per instance.
 */
@Singleton
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final OutboxClaimer claimer;
    private final OutboxRepository outbox;
    private final MailRenderer renderer;
    private final MailTransport transport;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(OutboxClaimer claimer, OutboxRepository outbox, MailRenderer renderer, MailTransport transport,
                 MailSettings settings, Clock clock) {
        this.claimer = claimer;
        this.outbox = outbox;
        this.renderer = renderer;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${barometer.mail.poll-interval:2s}", initialDelay = "1s")
    void deliverDue() {
        try {
            MailPacer pacer = MailPacer.perSecond(settings.ratePerSecond());
            List<PendingMail> batch;
            do {
                batch = claimer.claim();
                for (PendingMail mail : batch) {
                    pacer.awaitTurn();
                    deliver(mail);
                }
            } while (!batch.isEmpty());
        } catch (RuntimeException e) {
            // The database may be briefly away: this round ends, the next one tries again.
            LOG.warn("Email delivery round stopped: {}", e.toString());
        } finally {
            transport.endRound();
        }
    }

    private void deliver(PendingMail mail) {
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
