package org.barometer.survey;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.barometer.jooq.Tables.INVITATION_ATTRIBUTE;

/**
 * Segment attributes copied at opening time onto invitations (a submission copies them on to its
 * response: respond's ResponseRows). A child table with a composite key: written with jOOQ batches.
 */
@Singleton
public class InvitationAttributes {

    private static final int CHUNK = 1000;
    private final DSLContext db;

    InvitationAttributes(DSLContext db) {
        this.db = db;
    }

    void copy(Map<UUID, Map<String, String>> byInvitation) {
        List<UUID> ids = List.copyOf(byInvitation.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var insert = db.insertInto(INVITATION_ATTRIBUTE, INVITATION_ATTRIBUTE.INVITATION_ID,
                    INVITATION_ATTRIBUTE.NAME, INVITATION_ATTRIBUTE.ATTR_VALUE);
            boolean any = false;
            for (UUID id : ids.subList(from, Math.min(ids.size(), from + CHUNK))) {
                for (var e : byInvitation.get(id).entrySet()) {
                    insert = insert.values(id, e.getKey(), e.getValue());
                    any = true;
                }
            }
            if (any) {
                insert.execute();
            }
        }
    }
}
