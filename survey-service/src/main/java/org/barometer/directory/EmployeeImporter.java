package org.barometer.directory;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies a staff list: upsert by email, optional deactivation of those absent. All or nothing:
 * a file with any bad row is refused whole (400 with every row error) and nothing changes.
 */
@Singleton
public class EmployeeImporter {

    /**
     * What an import did: the counts the API answers, and whom it put in which groups, for the
     * audit log ({@link ImportAudit}).
     *
     * @param added     the new entries
     * @param regrouped the entries already known whose groups changed, or who came back to the list
     */
    public record Outcome(ImportResult counts, List<Placed> added, List<Placed> regrouped) {
    }

    /** An address and the groups the file gives it (its non-blank segment attributes, in the file's order). */
    public record Placed(String email, Map<String, String> groups) {

        static Placed of(StaffRow row) {
            Map<String, String> groups = new LinkedHashMap<>();
            row.attributes().forEach((name, value) -> {
                if (!value.isBlank()) {
                    groups.put(name, value);
                }
            });
            return new Placed(row.email(), groups);
        }
    }

    private final EmployeeRepository employees;
    private final EmployeeAttributes attributes;
    private final Clock clock;
    private final String defaultLocale;
    private final StaffCsvParser parser = new StaffCsvParser();

    EmployeeImporter(EmployeeRepository employees, EmployeeAttributes attributes, Clock clock,
                     @Value("${barometer.default-locale:fr}") String defaultLocale) {
        this.employees = employees;
        this.attributes = attributes;
        this.clock = clock;
        this.defaultLocale = StaffCsvParser.LOCALES.contains(defaultLocale) ? defaultLocale : "fr";
    }

    @Transactional
    public Outcome importCsv(String csv, boolean deactivateMissing) {
        StaffCsvParser.Result parsed = parser.parse(csv);
        if (!parsed.errors().isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, Text.of("staff.refused", parsed.errors().size()),
                    parsed.errors());
        }
        Instant now = clock.instant();
        Map<String, Employee> existing = new HashMap<>();
        employees.findAll().forEach(e -> existing.put(e.email(), e));
        Map<UUID, Map<String, String>> existingAttributes = attributes.all();
        List<Employee> toCreate = new ArrayList<>();
        List<Employee> toUpdate = new ArrayList<>();
        List<Placed> added = new ArrayList<>();
        List<Placed> regrouped = new ArrayList<>();
        Map<UUID, Map<String, String>> attributeValues = new HashMap<>();
        for (StaffRow row : parsed.rows()) {
            Employee before = existing.get(row.email());
            String name = row.name().isBlank() ? null : row.name();
            if (before == null) {
                Employee created = new Employee(UUID.randomUUID(), row.email(), name,
                        row.locale() == null ? defaultLocale : row.locale(), true, now, null);
                toCreate.add(created);
                added.add(Placed.of(row));
                attributeValues.put(created.id(), row.attributes());
                continue;
            }
            // On the list again: no longer a leaver, so no longer due for erasure.
            Employee after = new Employee(before.id(), before.email(), name == null ? before.displayName() : name,
                    row.locale() == null ? before.locale() : row.locale(), true, now, null);
            Map<String, String> oldAttributes = existingAttributes.getOrDefault(before.id(), Map.of());
            boolean newGroups = changed(oldAttributes, row.attributes());
            if (changed(before, after) || newGroups) {
                toUpdate.add(after);
                attributeValues.put(before.id(), row.attributes());
            }
            if (newGroups || !before.active()) {
                regrouped.add(Placed.of(row));
            }
        }
        List<Employee> toDeactivate = deactivateMissing ? absentAndActive(existing, parsed.rows(), now) : List.of();
        employees.saveAll(toCreate);
        employees.updateAll(toUpdate);
        employees.updateAll(toDeactivate);
        attributes.replace(attributeValues, parsed.attributeColumns());
        return new Outcome(new ImportResult(toCreate.size(), toUpdate.size(), toDeactivate.size()), added, regrouped);
    }

    private static boolean changed(Employee before, Employee after) {
        return before.active() != after.active() || !before.locale().equals(after.locale())
                || !java.util.Objects.equals(before.displayName(), after.displayName());
    }

    /** Whether the file's values (blank = absent) differ from the stored ones for the file's columns. */
    private static boolean changed(Map<String, String> stored, Map<String, String> fromFile) {
        for (var entry : fromFile.entrySet()) {
            String old = stored.get(entry.getKey());
            String now = entry.getValue().isBlank() ? null : entry.getValue();
            if (!java.util.Objects.equals(old, now)) {
                return true;
            }
        }
        return false;
    }

    private static List<Employee> absentAndActive(Map<String, Employee> existing, List<StaffRow> rows, Instant now) {
        Set<String> present = rows.stream().map(StaffRow::email).collect(Collectors.toCollection(HashSet::new));
        return existing.values().stream()
                .filter(e -> e.active() && !present.contains(e.email()))
                .map(e -> new Employee(e.id(), e.email(), e.displayName(), e.locale(), false, now, now))
                .toList();
    }
}
