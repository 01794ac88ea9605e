package org.barometer.survey;

import java.util.List;
import java.util.UUID;

/**
 * Employees added to an open wave after it opened ({@code invite-new}); published inside that
 * transaction, so their outbox rows commit (or roll back) with the invitations.
 */
public record NewcomersInvited(UUID waveId, List<UUID> invitationIds) {
}
