package org.barometer.access;

import io.micronaut.core.annotation.Nullable;

/**
 * Something HR did, or the service did on its own, for the audit log: publish it with Micronaut's
 * {@code ApplicationEventPublisher<AuditEvent>} after the action succeeded.
 *
 * @param action what was done, dotted and stable, e.g. {@code wave.open}, {@code employees.import}
 * @param target what it was done to, in words: a wave's id and label, an account's email, counts.
 *               Never an answer, or anything that ties a person to one; an employee's address only
 *               where HR put that person in a group (a staff import), never an employee's name.
 * @param actor  who did it; {@code null} (the two-argument form) takes the signed-in account of the
 *               current request. Scheduled work has no request and says so with {@link #bySystem}.
 */
public record AuditEvent(String action, String target, @Nullable String actor) {

    /** The actor of work the service does on its own schedule, without anyone's request. */
    public static final String SYSTEM = "system";

    /** An action of the account signed in on the current request. */
    public AuditEvent(String action, String target) {
        this(action, target, null);
    }

    /** An action the service took by itself (a scheduled opening, closing, reminder round). */
    public static AuditEvent bySystem(String action, String target) {
        return new AuditEvent(action, target, SYSTEM);
    }
}
