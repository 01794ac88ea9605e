package org.barometer.directory;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.barometer.jooq.Tables.EMPLOYEE;
import static org.barometer.jooq.Tables.EMPLOYEE_ATTRIBUTE;

/** The staff list as HR browses it: a page of employees with their segment attributes. */
@Singleton
public class EmployeeDirectory {

    @Serdeable
    public record Entry(String email, String name, String locale, boolean active, Map<String, String> attributes) {
    }

    @Serdeable
    public record Page(long total, int page, int size, List<Entry> employees) {
    }

    private final DSLContext db;

    EmployeeDirectory(DSLContext db) {
        this.db = db;
    }

    /** Which employees to list: a search in email, name and attributes, a team, and who is active. */
    public record Filter(String query, String team, Boolean active) {

        static Filter of(String query, boolean activeOnly) {
            return new Filter(query, null, activeOnly ? Boolean.TRUE : null);
        }
    }

    @Transactional(readOnly = true)
    public Page list(String query, boolean activeOnly, int page, int size) {
        return list(Filter.of(query, activeOnly), page, size);
    }

    /** @param filter {@code active} null lists everyone; a blank team or query filters nothing */
    @Transactional(readOnly = true)
    public Page list(Filter filter, int page, int size) {
        int boundedSize = Math.max(1, Math.min(size, 500));
        int boundedPage = Math.max(0, page);
        String query = filter.query();
        Condition where = filter.active() == null ? DSL.noCondition() : EMPLOYEE.ACTIVE.eq(filter.active());
        if (filter.team() != null && !filter.team().isBlank()) {
            where = where.and(DSL.exists(DSL.selectOne().from(EMPLOYEE_ATTRIBUTE)
                    .where(EMPLOYEE_ATTRIBUTE.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                    .and(EMPLOYEE_ATTRIBUTE.NAME.eq("team")).and(EMPLOYEE_ATTRIBUTE.ATTR_VALUE.eq(filter.team().trim()))));
        }
        if (query != null && !query.isBlank()) {
            String like = "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
            where = where.and(DSL.lower(EMPLOYEE.EMAIL).like(like).or(DSL.lower(EMPLOYEE.DISPLAY_NAME).like(like))
                    .or(DSL.exists(DSL.selectOne().from(EMPLOYEE_ATTRIBUTE)
                            .where(EMPLOYEE_ATTRIBUTE.EMPLOYEE_ID.eq(EMPLOYEE.ID))
                            .and(DSL.lower(EMPLOYEE_ATTRIBUTE.ATTR_VALUE).like(like)))));
        }
        long total = db.fetchCount(EMPLOYEE, where);
        var rows = db.selectFrom(EMPLOYEE).where(where).orderBy(EMPLOYEE.EMAIL)
                .limit(boundedSize).offset(boundedPage * boundedSize).fetch();
        var ids = rows.map(r -> r.getId());
        Map<java.util.UUID, Map<String, String>> attrs = new java.util.HashMap<>();
        db.selectFrom(EMPLOYEE_ATTRIBUTE).where(EMPLOYEE_ATTRIBUTE.EMPLOYEE_ID.in(ids)).forEach(a ->
                attrs.computeIfAbsent(a.getEmployeeId(), k -> new java.util.TreeMap<>()).put(a.getName(), a.getAttrValue()));
        List<Entry> entries = rows.map(r -> new Entry(r.getEmail(), r.getDisplayName(), r.getLocale(), r.getActive(),
                attrs.getOrDefault(r.getId(), Map.of())));
        return new Page(total, boundedPage, boundedSize, entries);
    }

    /** The teams of the directory, for the list's filter. */
    @Transactional(readOnly = true)
    public List<String> teams() {
        return db.selectDistinct(EMPLOYEE_ATTRIBUTE.ATTR_VALUE).from(EMPLOYEE_ATTRIBUTE)
                .where(EMPLOYEE_ATTRIBUTE.NAME.eq("team")).orderBy(EMPLOYEE_ATTRIBUTE.ATTR_VALUE)
                .fetch(EMPLOYEE_ATTRIBUTE.ATTR_VALUE);
    }
}
