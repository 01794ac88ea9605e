package org.barometer.survey;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.Roles;

import java.util.List;
import java.util.UUID;

/** The recurring barometers: {@code /api/v1/programs}. */
@Controller("/api/v1/programs")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgramController {

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    @Post
    HttpResponse<ProgramView> create(@Body ProgramSettings settings) {
        return HttpResponse.created(programs.create(settings));
    }

    @Get
    List<ProgramView> list() {
        return programs.list();
    }

    @Get("/{id}")
    ProgramView get(UUID id) {
        return programs.get(id);
    }

    @Patch("/{id}")
    ProgramView update(UUID id, @Body ProgramSettings changes) {
        return programs.update(id, changes);
    }

    @Post("/{id}/pause")
    ProgramView pause(UUID id) {
        return programs.pause(id);
    }

    @Post("/{id}/resume")
    ProgramView resume(UUID id) {
        return programs.resume(id);
    }
}
