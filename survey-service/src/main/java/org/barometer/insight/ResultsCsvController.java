package org.barometer.insight;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.AuditEvent;
import org.barometer.access.Roles;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;
import io.micronaut.http.HttpStatus;

import java.util.UUID;

/** {@code GET /api/v1/waves/{id}/results.csv?by=team}: the results API's figures for a spreadsheet. */
@Controller("/api/v1")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultsCsvController {

    static final String TEXT_CSV = "text/csv;charset=utf-8";

    private final WaveResults results;
    private final ApplicationEventPublisher<AuditEvent> audit;

    ResultsCsvController(WaveResults results, ApplicationEventPublisher<AuditEvent> audit) {
        this.results = results;
        this.audit = audit;
    }

    @Get("/waves/{id}/results.csv")
    @Produces(TEXT_CSV)
    HttpResponse<String> csv(UUID id, @Nullable @QueryValue String by) {
        ResultsView view = results.results(id, by);
        if (!view.answers()) {
            throw new ProblemException(HttpStatus.CONFLICT, Text.of("results.open", view.wave().label()));
        }
        String attribute = Breakdowns.checkedAttribute(by);
        String name = "results-" + view.wave().label().replaceAll("[^A-Za-z0-9_-]", "_")
                + (attribute == null ? "" : "-by-" + attribute) + ".csv";
        audit.publishEvent(new AuditEvent("results.export", "wave " + id + " (" + view.wave().label() + "), by="
                + (attribute == null ? "none" : attribute)));
        // The byte order mark makes Excel read the file as UTF-8, so accents in team names survive.
        return HttpResponse.ok("\uFEFF" + ResultsCsv.write(view, attribute))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }
}
