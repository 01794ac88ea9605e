package org.barometer.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST} and {@code PATCH /api/v1/programs}. In a PATCH every missing field
 * keeps its value; {@code "audience": {}} widens the audience back to everyone and
 * {@code "reminderDays": []} removes the reminders.
 */
@Serdeable
record ProgramSettings(@Nullable String name, @Nullable String template, @Nullable String cadence,
                       @Nullable String openOn, @Nullable Integer openDays, @Nullable List<Integer> reminderDays,
                       @Nullable Integer anonymityThreshold, @Nullable Map<String, List<String>> audience,
                       @Nullable String timezone) {

    /** These settings where given, {@code base}'s elsewhere. */
    ProgramSettings over(ProgramSettings base) {
        return new ProgramSettings(or(name, base.name), or(template, base.template), or(cadence, base.cadence),
                or(openOn, base.openOn), or(openDays, base.openDays), or(reminderDays, base.reminderDays),
                or(anonymityThreshold, base.anonymityThreshold), or(audience, base.audience), or(timezone, base.timezone));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
