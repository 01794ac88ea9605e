package org.barometer.survey;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** When a program's wave of one quarter (its label, e.g. 2027-Q1) opens and closes. */
@Serdeable
public record WaveWindow(String label, Instant opensAt, Instant closesAt) {

    boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
