package org.barometer.access;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One line of the audit log: who did what to what, when. */
@Serdeable
@MappedEntity("audit_event")
record AuditEntry(@Id @GeneratedValue Long id, Instant occurredAt, String actor, String action, String target) {
}
