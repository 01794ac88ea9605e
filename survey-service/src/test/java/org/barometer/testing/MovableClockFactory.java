package org.barometer.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Replaces the system clock in the contexts started with {@value #PROPERTY}{@code =true}. */
@Factory
@Requires(property = MovableClockFactory.PROPERTY, value = "true")
public class MovableClockFactory {

    public static final String PROPERTY = "barometer.test.movable-clock";

    @Singleton
    @Replaces(Clock.class)
    MovableClock movableClock() {
        return new MovableClock();
    }
}
