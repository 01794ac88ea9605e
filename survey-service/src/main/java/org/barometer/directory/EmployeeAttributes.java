package org.barometer.directory;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.InsertValuesStep3;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.barometer.jooq.Tables.EMPLOYEE_ATTRIBUTE;

/**
 * The segment attributes of employees (a child table with a composite key). Written with jOOQ
 * batch statements: a staff list of tens of thousands of rows is written in a few round trips.
 * Callers run inside their own transaction.
 */
@Singleton
public class EmployeeAttributes {

    private static final int CHUNK = 1000;
    private final DSLContext db;

    EmployeeAttributes(DSLContext db) {
        this.db = db;
    }

    /** Every attribute of every employee, by employee id. */
    public Map<UUID, Map<String, String>> all() {
        Map<UUID, Map<String, String>> result = new HashMap<>();
        for (Record3<UUID, String, String> r : db.select(EMPLOYEE_ATTRIBUTE.EMPLOYEE_ID, EMPLOYEE_ATTRIBUTE.NAME,
                EMPLOYEE_ATTRIBUTE.ATTR_VALUE).from(EMPLOYEE_ATTRIBUTE).fetch()) {
            result.computeIfAbsent(r.value1(), id -> new HashMap<>()).put(r.value2(), r.value3());
        }
        return result;
    }

    /** Replaces the named attributes of each employee with the given values; blank values remove them. */
    void replace(Map<UUID, Map<String, String>> values, Collection<String> names) {
        if (values.isEmpty() || names.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(values.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.deleteFrom(EMPLOYEE_ATTRIBUTE)
                    .where(EMPLOYEE_ATTRIBUTE.EMPLOYEE_ID.in(chunk).and(EMPLOYEE_ATTRIBUTE.NAME.in(names)))
                    .execute();
            InsertValuesStep3<?, UUID, String, String> insert = db.insertInto(EMPLOYEE_ATTRIBUTE,
                    EMPLOYEE_ATTRIBUTE.EMPLOYEE_ID, EMPLOYEE_ATTRIBUTE.NAME, EMPLOYEE_ATTRIBUTE.ATTR_VALUE);
            boolean any = false;
            for (UUID id : chunk) {
                for (var entry : values.get(id).entrySet()) {
                    if (names.contains(entry.getKey()) && !entry.getValue().isBlank()) {
                        insert = insert.values(id, entry.getKey(), entry.getValue());
                        any = true;
                    }
                }
            }
            if (any) {
                insert.execute();
            }
        }
    }
}
