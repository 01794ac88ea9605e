package org.barometer.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What importing a staff list would do, computed without writing anything: every row error, or
 * how many people would be added, updated and deactivated, and the first rows as read.
 */
@Singleton
class StaffPreview {

    /** The outcome shown before HR confirms; {@code errors} non-empty means it cannot be imported. */
    public record Outcome(List<RowError> errors, int rows, int added, int existing, int deactivated,
                   List<String> columns, List<Sample> sample) {

        public boolean importable() {
            return errors.isEmpty() && rows > 0;
        }
    }

    /** One row as read from the file, for the preview table. */
    public record Sample(int line, String email, String name, String locale, java.util.Map<String, String> attributes) {
    }

    static final int SAMPLE = 20;

    private final StaffCsvParser parser = new StaffCsvParser();
    private final EmployeeRepository employees;

    StaffPreview(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Transactional(readOnly = true)
    Outcome of(String csv, boolean deactivateMissing) {
        StaffCsvParser.Result parsed = parser.parse(csv);
        if (!parsed.errors().isEmpty()) {
            return new Outcome(parsed.errors(), 0, 0, 0, 0, parsed.attributeColumns(), List.of());
        }
        Set<String> known = new HashSet<>();
        Set<String> active = new HashSet<>();
        employees.findAll().forEach(e -> {
            known.add(e.email());
            if (e.active()) {
                active.add(e.email());
            }
        });
        Set<String> inFile = parsed.rows().stream().map(StaffRow::email).collect(Collectors.toSet());
        int existing = (int) inFile.stream().filter(known::contains).count();
        int deactivated = deactivateMissing ? (int) active.stream().filter(e -> !inFile.contains(e)).count() : 0;
        return new Outcome(List.of(), parsed.rows().size(), inFile.size() - existing, existing, deactivated,
                parsed.attributeColumns(), parsed.rows().stream().limit(SAMPLE)
                        .map(r -> new Sample(r.line(), r.email(), r.name(), r.locale(), r.attributes())).toList());
    }
}
