package org.barometer.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A recurring barometer: what each of its waves will be. Its settings are copied onto a wave when
 * that wave opens, so editing a program never changes a wave already opened.
 *
 * @param reminderDays days after the opening, ascending and comma-separated ({@code "5,10"}; {@code ""} for none)
 * @param audience     the segment filter as JSON, {@code null} for every active employee
 * @param notBefore    no wave opening earlier than this opens (creation, or the last resume)
 */
@MappedEntity("program")
record Program(@Id UUID id, String name, String templateKey, Cadence cadence, OpenOn openOn, int openDays,
               String reminderDays, int anonymityThreshold, @Nullable String audience, String timezone,
               boolean paused, Instant notBefore, Instant createdAt, Instant updatedAt) {

    List<Integer> reminderDayList() {
        return reminderDays.isBlank() ? List.of()
                : Arrays.stream(reminderDays.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    static String joinDays(List<Integer> days) {
        return days.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
