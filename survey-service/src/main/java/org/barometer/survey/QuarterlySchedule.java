package org.barometer.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The calendar of a quarterly program: each quarter's wave opens on {@link OpenOn} at the
 * installation's opening time in the program's time zone and stays open {@code openDays} days
 * (the same local time, whatever daylight saving does in between). With at most 60 days open, a
 * wave never runs into the next quarter, so at any instant at most one window is current.
 */
record QuarterlySchedule(OpenOn openOn, int openDays, ZoneId zone, LocalTime openTime) {

    /** How many quarters ahead {@link #next} looks for one not yet held. */
    private static final int HORIZON = 8;

    /** The window of the quarter that contains {@code instant} in the program's time zone. */
    WaveWindow quarterOf(Instant instant) {
        return window(instant.atZone(zone).toLocalDate());
    }

    /**
     * The wave this program opens next: the first window, from the current quarter on, that has
     * not closed, opens no earlier than {@code notBefore}, and whose label is not yet {@code held}.
     */
    WaveWindow next(Instant now, Instant notBefore, Predicate<String> held) {
        LocalDate day = (now.isAfter(notBefore) ? now : notBefore).atZone(zone).toLocalDate();
        for (int i = 0; i < HORIZON; i++) {
            WaveWindow window = window(day.plusMonths(3L * i));
            if (window.closesAt().isAfter(now) && !window.opensAt().isBefore(notBefore) && !held.test(window.label())) {
                return window;
            }
        }
        throw new IllegalStateException("No quarter within " + HORIZON + " quarters: every one already held");
    }

    /**
     * The wave due at {@code now}, if any: the current quarter's window when it is open now, opens
     * no earlier than {@code notBefore} and is not yet held. A quarter whose whole window passed
     * (the service was down throughout) is never due: it is skipped, not opened late.
     */
    Optional<WaveWindow> dueAt(Instant now, Instant notBefore, Predicate<String> held) {
        WaveWindow current = quarterOf(now);
        boolean due = current.isOpenAt(now) && !current.opensAt().isBefore(notBefore) && !held.test(current.label());
        return due ? Optional.of(current) : Optional.empty();
    }

    private WaveWindow window(LocalDate anyDayOfQuarter) {
        int quarter = anyDayOfQuarter.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate quarterStart = LocalDate.of(anyDayOfQuarter.getYear(), (quarter - 1) * 3 + 1, 1);
        ZonedDateTime opens = ZonedDateTime.of(openOn.in(quarterStart), openTime, zone);
        return new WaveWindow(anyDayOfQuarter.getYear() + "-Q" + quarter, opens.toInstant(),
                opens.plusDays(openDays).toInstant());
    }
}
