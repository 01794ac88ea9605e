package org.barometer.respond;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * A stored answer. Deliberately poor: a random id, the wave, the comment. Its answers and copied
 * segment attributes sit in child tables; nothing points to a person, an invitation or a time.
 */
@MappedEntity("response")
record Response(@Id UUID id, UUID waveId, @Nullable String commentText) {
}
