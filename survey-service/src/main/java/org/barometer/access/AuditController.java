package org.barometer.access;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.system.ProblemException;

import java.util.List;

/** The audit log for administrators, newest first. */
@Controller("/api/v1/audit")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    static final int MAX_SIZE = 500;

    private final AuditRepository log;

    AuditController(AuditRepository log) {
        this.log = log;
    }

    @Get
    AuditPage list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and " + MAX_SIZE + ".");
        }
        Page<AuditEntry> found = log.findAll(Pageable.from(page, size, Sort.of(Sort.Order.desc("id"))));
        return new AuditPage(found.getContent(), found.getTotalSize(), page, size);
    }

    @Serdeable
    record AuditPage(List<AuditEntry> entries, long total, int page, int size) {
    }
}
