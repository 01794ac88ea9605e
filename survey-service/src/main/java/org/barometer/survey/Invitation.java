package org.barometer.survey;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * That an employee was asked to answer a wave, whether they did (a flag, never when) and the
 * profile their answer is stored with (shared by at least k invitees: WaveProfiles). This row is
 * the only place that knows a person; the response never points back to it.
 */
@MappedEntity("invitation")
public record Invitation(@Id UUID id, UUID waveId, UUID employeeId, String locale, boolean responded, UUID profileId) {
}
