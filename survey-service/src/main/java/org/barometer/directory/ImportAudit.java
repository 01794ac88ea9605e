package org.barometer.directory;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;

/**
 * The audit entry of a staff import HR confirmed, through the API or the staff page; the demo's
 * import is not HR's and is not recorded.
 */
@Singleton
class ImportAudit {

    private final ApplicationEventPublisher<AuditEvent> audit;

    ImportAudit(ApplicationEventPublisher<AuditEvent> audit) {
        this.audit = audit;
    }

    /** Counts only: the audit log names no employee. */
    void imported(ImportResult result) {
        audit.publishEvent(new AuditEvent("employees.import", result.created() + " created, " + result.updated()
                + " updated, " + result.deactivated() + " deactivated"));
    }
}
