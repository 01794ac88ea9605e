package org.barometer.survey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Which day of its quarter a program's wave opens. */
public enum OpenOn {
    /** The first Monday of the quarter's first month. */
    FIRST_MONDAY,
    /** The first calendar day of the quarter. */
    FIRST_DAY,
    /** The first Monday-to-Friday day of the quarter (public holidays are not known). */
    FIRST_WORKING_DAY;

    LocalDate in(LocalDate quarterStart) {
        return switch (this) {
            case FIRST_MONDAY -> quarterStart.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case FIRST_DAY -> quarterStart;
            case FIRST_WORKING_DAY -> quarterStart.getDayOfWeek().getValue() <= 5 ? quarterStart
                    : quarterStart.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        };
    }
}
