package org.barometer.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a quarterly program's waves open and close, in its time zone. */
class QuarterlyScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest
    @CsvSource({
            // 1 April 2028 is a Saturday.
            "FIRST_DAY,         2028-04-15T12:00:00Z, 2028-Q2, 2028-04-01T07:00:00Z",
            "FIRST_WORKING_DAY, 2028-04-15T12:00:00Z, 2028-Q2, 2028-04-03T07:00:00Z",
            "FIRST_MONDAY,      2028-04-15T12:00:00Z, 2028-Q2, 2028-04-03T07:00:00Z",
            // 1 October 2029 is a Monday: the first Monday is the first day.
            "FIRST_MONDAY,      2029-11-30T12:00:00Z, 2029-Q4, 2029-10-01T07:00:00Z",
            // New Year's Eve 23:30 UTC is already 1 January in Paris: next year's first quarter.
            "FIRST_DAY,         2026-12-31T23:30:00Z, 2027-Q1, 2027-01-01T08:00:00Z",
    })
    void eachQuarterOpensOnItsDayAtNineInTheProgramsTimeZone(OpenOn openOn, Instant during, String label, Instant opens) {
        WaveWindow window = new QuarterlySchedule(openOn, 14, PARIS, LocalTime.of(9, 0)).quarterOf(during);

        assertEquals(label, window.label());
        assertEquals(opens, window.opensAt());
    }

    @Test
    void aWaveOpenAcrossTheClockChangeClosesAtTheSameLocalTime() {
        // Opens 1 October 2027 at 09:00 (UTC+2); Paris goes back to UTC+1 on 31 October; closes 10 November at 09:00.
        WaveWindow window = new QuarterlySchedule(OpenOn.FIRST_DAY, 40, PARIS, LocalTime.of(9, 0))
                .quarterOf(Instant.parse("2027-10-02T00:00:00Z"));

        assertEquals(Instant.parse("2027-10-01T07:00:00Z"), window.opensAt());
        assertEquals(Instant.parse("2027-11-10T08:00:00Z"), window.closesAt());
    }

    @Test
    void theNextWaveSkipsQuartersAlreadyHeldOrOpeningBeforeTheProgramExisted() {
        QuarterlySchedule schedule = new QuarterlySchedule(OpenOn.FIRST_MONDAY, 14, PARIS, LocalTime.of(9, 0));
        Instant midJanuary = Instant.parse("2027-01-06T10:00:00Z");

        assertEquals("2027-Q1", schedule.next(midJanuary, Instant.parse("2026-12-01T00:00:00Z"), Set.of()::contains).label());
        assertEquals("2027-Q2", schedule.next(midJanuary, Instant.parse("2026-12-01T00:00:00Z"),
                Set.of("2027-Q1")::contains).label());
        assertEquals("2027-Q2", schedule.next(midJanuary, midJanuary, Set.of()::contains).label(),
                "created after the opening: the quarter in progress is not opened late");
    }

    @Test
    void aWindowMissedEntirelyIsNeverDue() {
        QuarterlySchedule schedule = new QuarterlySchedule(OpenOn.FIRST_MONDAY, 14, PARIS, LocalTime.of(9, 0));
        Instant created = Instant.parse("2026-12-01T00:00:00Z");

        assertEquals(Optional.empty(), schedule.dueAt(Instant.parse("2027-02-15T10:00:00Z"), created, Set.of()::contains));
        assertEquals("2027-Q1", schedule.dueAt(Instant.parse("2027-01-07T10:00:00Z"), created, Set.of()::contains)
                .orElseThrow().label());
        assertEquals(Optional.empty(), schedule.dueAt(Instant.parse("2027-01-07T10:00:00Z"), created,
                Set.of("2027-Q1")::contains), "held already");
    }
}
