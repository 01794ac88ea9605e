package org.barometer.access;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in to the dashboard or the API (HR, admin, or read-only viewer). */
@MappedEntity("hr_user")
record HrUser(@Id UUID id, String email, String passwordHash, String role, Instant createdAt, boolean disabled) {

    HrUser withPasswordHash(String hash) {
        return new HrUser(id, email, hash, role, createdAt, disabled);
    }

    HrUser withRole(String newRole) {
        return new HrUser(id, email, passwordHash, newRole, createdAt, disabled);
    }

    HrUser withDisabled(boolean value) {
        return new HrUser(id, email, passwordHash, role, createdAt, value);
    }
}
