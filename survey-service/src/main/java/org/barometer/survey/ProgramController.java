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
    private final ProgramAudit audit;

    ProgramController(ProgramService programs, ProgramAudit audit) {
        this.programs = programs;
        this.audit = audit;
    }

    @Post
    HttpResponse<ProgramView> create(@Body ProgramSettings settings) {
        ProgramView created = programs.create(settings);
        audit.created(created);
        return HttpResponse.created(created);
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
        ProgramView updated = programs.update(id, changes);
        audit.updated(updated, changes);
        return updated;
    }

    @Post("/{id}/pause")
    ProgramView pause(UUID id) {
        ProgramView paused = programs.pause(id);
        audit.paused(paused);
        return paused;
    }

    @Post("/{id}/resume")
    ProgramView resume(UUID id) {
        ProgramView resumed = programs.resume(id);
        audit.resumed(resumed);
        return resumed;
    }
}
