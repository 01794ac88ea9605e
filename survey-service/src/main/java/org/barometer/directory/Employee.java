package org.barometer.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A directory entry. Segment attributes live beside it in {@code employee_attribute}.
 *
 * @param deactivatedAt when the entry left the staff list (null while active): it is erased
 *                      BAROMETER_LEAVER_RETENTION later ({@link Leavers})
 */
@MappedEntity("employee")
public record Employee(@Id UUID id, String email, @Nullable String displayName, String locale, boolean active,
                       Instant updatedAt, @Nullable Instant deactivatedAt) {
}
