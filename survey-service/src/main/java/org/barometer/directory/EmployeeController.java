package org.barometer.directory;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.Roles;

@Controller("/api/v1/employees")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployeeController {

    private final EmployeeImporter importer;
    private final EmployeeDirectory directory;
    private final ImportAudit audit;

    EmployeeController(EmployeeImporter importer, EmployeeDirectory directory, ImportAudit audit) {
        this.importer = importer;
        this.directory = directory;
        this.audit = audit;
    }

    @Post("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    ImportResult importCsv(@Body String csv, @QueryValue(defaultValue = "false") boolean deactivateMissing) {
        EmployeeImporter.Outcome outcome = importer.importCsv(csv, deactivateMissing);
        audit.imported(outcome);
        return outcome.counts();
    }

    @Get
    EmployeeDirectory.Page list(@QueryValue(defaultValue = "") String q,
                                @QueryValue(defaultValue = "true") boolean activeOnly,
                                @QueryValue(defaultValue = "0") int page,
                                @QueryValue(defaultValue = "100") int size) {
        return directory.list(q, activeOnly, page, size);
    }
}
