package org.barometer.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed outbox message with what it takes to write it. {@code token} lives only in memory,
 * from the claim until the email has gone.
 */
record PendingMail(UUID messageId, String kind, int attempts, String recipient, String name, String locale,
                   String waveLabel, Instant closesAt, int threshold, int questionCount,
                   String token) {
}
