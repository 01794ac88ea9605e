package org.barometer.directory;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.barometer.access.AuditEvent;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit entry of a staff import HR confirmed, through the API or the staff page; the demo's
 * import is not HR's and is not recorded.
 * <p>
 * Besides the counts, it names the addresses the import put in a group, with the group: a group's
 * results open once k people are counted in it, so adding made-up invitees to a small team would
 * expose the real ones, and that must leave a trace (A4). It never says anything of an answer.
 */
@Singleton
class ImportAudit {

    /** Room for the addresses in the entry (the audit log keeps 4 000 characters of a target). */
    static final int BUDGET = 3500;

    private final ApplicationEventPublisher<AuditEvent> audit;

    ImportAudit(ApplicationEventPublisher<AuditEvent> audit) {
        this.audit = audit;
    }

    void imported(EmployeeImporter.Outcome outcome) {
        audit.publishEvent(new AuditEvent("employees.import", target(outcome)));
    }

    /** e.g. {@code 2 created, 0 updated, 0 deactivated; added: a@x (team=Data, department=Eng), b@x (team=Data)} */
    static String target(EmployeeImporter.Outcome outcome) {
        ImportResult result = outcome.counts();
        StringBuilder target = new StringBuilder().append(result.created()).append(" created, ").append(result.updated())
                .append(" updated, ").append(result.deactivated()).append(" deactivated");
        list(target, "added", outcome.added());
        list(target, "regrouped", outcome.regrouped());
        return target.toString();
    }

    /** Appends the people while the budget lasts, then how many more there were. */
    private static void list(StringBuilder target, String label, List<EmployeeImporter.Placed> people) {
        if (people.isEmpty()) {
            return;
        }
        target.append("; ").append(label).append(": ");
        for (int i = 0; i < people.size(); i++) {
            String entry = (i > 0 ? ", " : "") + placed(people.get(i));
            if (target.length() + entry.length() > BUDGET) {
                target.append(i > 0 ? ", " : "").append("… and ").append(people.size() - i).append(" more");
                return;
            }
            target.append(entry);
        }
    }

    private static String placed(EmployeeImporter.Placed person) {
        return person.email() + " (" + (person.groups().isEmpty() ? "no group" : person.groups().entrySet().stream()
                .map(g -> g.getKey() + "=" + g.getValue()).collect(Collectors.joining(", "))) + ")";
    }
}
