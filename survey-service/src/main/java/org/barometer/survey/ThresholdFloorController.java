package org.barometer.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.access.Roles;

/** The floor of the anonymity threshold: HR reads it, admins set it. */
@Controller("/api/v1/settings/threshold-floor")
@ExecuteOn(TaskExecutors.BLOCKING)
class ThresholdFloorController {

    /**
     * @param floor          the lowest anonymity threshold a new wave or program may have
     * @param lowest         the lowest floor admins may set
     * @param highest        the highest threshold of all
     * @param usualThreshold what a new wave or program gets when it gives none
     */
    @Serdeable
    record Floor(int floor, int lowest, int highest, int usualThreshold) {
    }

    /** @param floor the new floor, from 3 to 100 */
    @Serdeable
    record NewFloor(@Nullable Integer floor) {
    }

    private final ThresholdRange thresholds;

    ThresholdFloorController(ThresholdRange thresholds) {
        this.thresholds = thresholds;
    }

    /** The lowest anonymity threshold HR may give a new wave or program now. */
    @Get
    @Secured({Roles.ADMIN, Roles.HR})
    Floor get() {
        return view();
    }

    /**
     * Sets the floor for the waves and programs created from now on (waves already created keep
     * theirs; a program's next wave is lifted to it). Audited. 400, changing nothing, outside 3–100.
     */
    @Put
    @Secured(Roles.ADMIN)
    Floor set(@Body NewFloor body) {
        thresholds.setFloor(body.floor());
        return view();
    }

    private Floor view() {
        return new Floor(thresholds.floor(), ThresholdRange.LOWEST, ThresholdRange.HIGHEST, thresholds.usual());
    }
}
