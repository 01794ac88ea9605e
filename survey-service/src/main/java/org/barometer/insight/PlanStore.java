package org.barometer.insight;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.disclosure.Decisions;
import org.jooq.DSLContext;
import org.jooq.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE_PUBLICATION;

/**
 * The gate's decisions for closed waves ({@code wave_publication}): written once, read by every
 * later request. Two instances deciding the same wave at once decide alike (the gate is
 * deterministic); the second's rows are dropped by the key. Callers run in a transaction.
 */
@Singleton
class PlanStore {

    private final DSLContext db;

    PlanStore(DSLContext db) {
        this.db = db;
    }

    Optional<Decisions> read(UUID waveId) {
        var p = WAVE_PUBLICATION;
        List<Decisions.Entry> entries = db.selectFrom(p).where(p.WAVE_ID.eq(waveId)).fetch(r -> new Decisions.Entry(
                r.getName(), r.getAttrValue(), r.getHidden() == null ? null : Decisions.Hidden.valueOf(r.getHidden()),
                withheld(r.getWithheld()), r.getComments()));
        return entries.isEmpty() ? Optional.empty() : Optional.of(new Decisions(entries));
    }

    /**
     * In a transaction of its own: the first read of a closed wave may come inside a read-only one
     * (a page listing waves), and the decision must be kept all the same.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void write(UUID waveId, Decisions decisions) {
        var p = WAVE_PUBLICATION;
        List<Query> inserts = new ArrayList<>();
        for (Decisions.Entry e : decisions.entries()) {
            StringJoiner withheld = new StringJoiner(";");
            new TreeMap<>(e.withheld()).forEach((question, why) -> withheld.add(question + "=" + why.name()));
            inserts.add(db.insertInto(p, p.WAVE_ID, p.NAME, p.ATTR_VALUE, p.HIDDEN, p.WITHHELD, p.COMMENTS)
                    .values(waveId, e.attribute(), e.value(), e.hidden() == null ? null : e.hidden().name(),
                            withheld.toString(), e.comments())
                    .onConflictDoNothing());
        }
        db.batch(inserts).execute();
    }

    private static Map<String, Decisions.Withheld> withheld(String stored) {
        Map<String, Decisions.Withheld> withheld = new TreeMap<>();
        if (!stored.isEmpty()) {
            for (String pair : stored.split(";")) {
                int equals = pair.indexOf('=');
                withheld.put(pair.substring(0, equals), Decisions.Withheld.valueOf(pair.substring(equals + 1)));
            }
        }
        return withheld;
    }
}
