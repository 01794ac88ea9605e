package org.barometer.survey;

import java.util.List;
import java.util.UUID;

/** Published inside the opening transaction, so the outbox rows commit (or roll back) with the invitations. */
public record WaveOpened(UUID waveId, List<UUID> invitationIds) {
}
