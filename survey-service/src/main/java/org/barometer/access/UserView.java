package org.barometer.access;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An account as the API and the admin page show it: never its password hash. */
@Serdeable
record UserView(UUID id, String email, String role, boolean disabled, Instant createdAt) {

    static UserView of(HrUser user) {
        return new UserView(user.id(), user.email(), user.role(), user.disabled(), user.createdAt());
    }
}
