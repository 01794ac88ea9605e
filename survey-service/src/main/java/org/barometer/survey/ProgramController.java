package org.barometer.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.AuditEvent;
import org.barometer.access.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The recurring barometers: {@code /api/v1/programs}. */
@Controller("/api/v1/programs")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgramController {

    private final ProgramService programs;
    private final ApplicationEventPublisher<AuditEvent> audit;

    ProgramController(ProgramService programs, ApplicationEventPublisher<AuditEvent> audit) {
        this.programs = programs;
        this.audit = audit;
    }

    @Post
    HttpResponse<ProgramView> create(@Body ProgramSettings settings) {
        ProgramView created = programs.create(settings);
        audit.publishEvent(new AuditEvent("program.create", describe(created)));
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
        audit.publishEvent(new AuditEvent("program.update", describe(updated) + ", changed: " + changedFields(changes)));
        return updated;
    }

    @Post("/{id}/pause")
    ProgramView pause(UUID id) {
        ProgramView paused = programs.pause(id);
        audit.publishEvent(new AuditEvent("program.pause", describe(paused)));
        return paused;
    }

    @Post("/{id}/resume")
    ProgramView resume(UUID id) {
        ProgramView resumed = programs.resume(id);
        audit.publishEvent(new AuditEvent("program.resume", describe(resumed)));
        return resumed;
    }

    private static String describe(ProgramView program) {
        return "program " + program.id() + " (" + program.name() + ")";
    }

    /** The names of the settings a PATCH gave; their new values are in the program itself, and the line stays short. */
    private static String changedFields(ProgramSettings s) {
        List<String> names = new ArrayList<>();
        addIf(names, s.name(), "name");
        addIf(names, s.template(), "template");
        addIf(names, s.cadence(), "cadence");
        addIf(names, s.openOn(), "openOn");
        addIf(names, s.openDays(), "openDays");
        addIf(names, s.reminderDays(), "reminderDays");
        addIf(names, s.anonymityThreshold(), "anonymityThreshold");
        addIf(names, s.audience(), "audience");
        addIf(names, s.timezone(), "timezone");
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }

    private static void addIf(List<String> names, Object value, String name) {
        if (value != null) {
            names.add(name);
        }
    }
}
