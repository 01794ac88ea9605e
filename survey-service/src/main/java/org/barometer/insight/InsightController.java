package org.barometer.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.Roles;

import java.util.UUID;

@Controller("/api/v1")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightController {

    private final WaveResults results;

    InsightController(WaveResults results) {
        this.results = results;
    }

    @Get("/waves/{id}/results")
    ResultsView results(UUID id, @Nullable @QueryValue String by) {
        return results.results(id, by);
    }
}
