package org.barometer.directory;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ImportResult(int created, int updated, int deactivated) {
}
