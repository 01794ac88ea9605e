package org.barometer.access;

/**
 * Something HR did, for the audit log: publish it with Micronaut's
 * {@code ApplicationEventPublisher<AuditEvent>} after the action succeeded. The actor is taken from
 * the current request (the signed-in account, or {@code system} for scheduled work).
 *
 * @param action what was done, dotted and stable, e.g. {@code wave.open}, {@code employees.import}
 * @param target what it was done to, in words: a wave's id and label, an account's email, counts.
 *               Never an employee's answer or anything that ties a person to one.
 */
public record AuditEvent(String action, String target) {
}
