package org.barometer.survey;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import org.barometer.access.Roles;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/waves")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
class WaveController {

    @Serdeable
    record Opened(UUID id, WaveStatus status, int invited) {
    }

    @Serdeable
    record Invited(int invited) {
    }

    private final WaveService service;
    private final DeliveryProgress delivery;
    private final WaveTotals totals;
    private final WaveAudit audit;

    WaveController(WaveService service, DeliveryProgress delivery, WaveTotals totals, WaveAudit audit) {
        this.service = service;
        this.delivery = delivery;
        this.totals = totals;
        this.audit = audit;
    }

    @Post
    HttpResponse<WaveView> create(@Body @Valid WaveCommands.CreateWave command) {
        Wave wave = service.create(command.label(), command.template(), command.closesAt(), command.anonymityThreshold());
        audit.created(wave);
        return HttpResponse.created(view(wave));
    }

    @Get
    List<WaveView> list() {
        return service.list().stream().map(this::view).toList();
    }

    @Get("/{id}")
    WaveView get(UUID id) {
        return view(service.get(id));
    }

    @Post("/{id}/open")
    Opened open(UUID id) {
        int invited = service.open(id);
        audit.opened(id, invited);
        return new Opened(id, WaveStatus.OPEN, invited);
    }

    /** Invites the active employees who joined (or came back) since the wave opened; 409 unless it is OPEN. */
    @Post("/{id}/invite-new")
    Invited inviteNew(UUID id) {
        int invited = service.inviteNew(id);
        audit.invitedNew(id, invited);
        return new Invited(invited);
    }

    @Post("/{id}/close")
    WaveView close(UUID id) {
        service.close(id);
        Wave wave = service.get(id);
        audit.closed(wave);
        return view(wave);
    }

    private WaveView view(Wave w) {
        return new WaveView(w.id(), w.label(), w.templateKey(), w.status(), w.anonymityThreshold(), w.closesAt(),
                w.openedAt(), w.closedAt(), service.invited(w.id()), totals.responded(w),
                delivery.countsFor(w.id()));
    }
}
