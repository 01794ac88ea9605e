package org.barometer.access;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A sign-in token ended before its time, by its id ({@code jti}), kept until it would have expired. */
@MappedEntity("revoked_token")
record RevokedToken(@Id String tokenId, Instant expiresAt) {
}
