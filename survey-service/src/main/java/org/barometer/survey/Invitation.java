package org.barometer.survey;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * That an employee was asked to answer a wave, and whether they did (a flag, never when). This
 * row is the only place that knows a person; the response never points back to it.
 */
@MappedEntity("invitation")
public record Invitation(@Id UUID id, UUID waveId, UUID employeeId, String locale, boolean responded) {
}
