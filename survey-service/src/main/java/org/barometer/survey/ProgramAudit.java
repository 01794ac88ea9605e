package org.barometer.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;

import java.util.ArrayList;
import java.util.List;

/** The audit entries of the program changes HR makes, the same whether through the API or the pages. */
@Singleton
class ProgramAudit {

    private final ApplicationEventPublisher<AuditEvent> audit;

    ProgramAudit(ApplicationEventPublisher<AuditEvent> audit) {
        this.audit = audit;
    }

    void created(ProgramView program) {
        audit.publishEvent(new AuditEvent("program.create", describe(program)));
    }

    void updated(ProgramView program, ProgramSettings changes) {
        audit.publishEvent(new AuditEvent("program.update", describe(program) + ", changed: " + changedFields(changes)));
    }

    void paused(ProgramView program) {
        audit.publishEvent(new AuditEvent("program.pause", describe(program)));
    }

    void resumed(ProgramView program) {
        audit.publishEvent(new AuditEvent("program.resume", describe(program)));
    }

    private static String describe(ProgramView program) {
        return "program " + program.id() + " (" + program.name() + ")";
    }

    /** The names of the settings given; their new values are in the program itself, and the line stays short. */
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
