package org.barometer.survey;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("invitation_token")
record InvitationToken(@Id String tokenHash, UUID invitationId) {
}
