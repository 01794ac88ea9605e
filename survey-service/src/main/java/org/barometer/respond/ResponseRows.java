package org.barometer.respond;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.barometer.jooq.Tables.INVITATION_ATTRIBUTE;
import static org.barometer.jooq.Tables.RESPONSE_ANSWER;
import static org.barometer.jooq.Tables.RESPONSE_ATTRIBUTE;
import static org.barometer.jooq.Tables.RESPONSE_UNCOUNTED;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

/**
 * The rows a submission adds beside its response: the answers, the segment attributes copied from
 * the invitation (in the database, never read out), and its place among the responses the live
 * counters have not counted yet. The statements are written with jOOQ and rendered once, when the
 * service starts: rendering them for every submission cost more CPU than the database spent
 * running them. Run on the submission's transaction's connection, the answers as one multi-row INSERT.
 */
@Singleton
class ResponseRows {

    private final DSLContext db;
    /** The answers' INSERT by number of rows (a question set has a handful of questions). */
    private final Map<Integer, String> answerRows = new ConcurrentHashMap<>();
    private final String attributes;
    private final String uncounted;

    ResponseRows(DSLContext db) {
        this.db = db;
        var t = RESPONSE_ATTRIBUTE;
        var i = INVITATION_ATTRIBUTE;
        this.attributes = db.render(db.insertInto(t, t.RESPONSE_ID, t.NAME, t.ATTR_VALUE)
                .select(select(param("response", UUID.class), i.NAME, i.ATTR_VALUE).from(i)
                        .where(i.INVITATION_ID.eq(param("invitation", UUID.class)))));
        var u = RESPONSE_UNCOUNTED;
        this.uncounted = db.render(db.insertInto(u, u.RESPONSE_ID, u.WAVE_ID)
                .values(param("response", UUID.class), param("wave", UUID.class)));
    }

    private String answers(int rows) {
        var a = RESPONSE_ANSWER;
        var insert = db.insertInto(a, a.RESPONSE_ID, a.QUESTION_KEY, a.ANSWER);
        for (int i = 0; i < rows; i++) {
            insert = insert.values(param("response", UUID.class), param("question", String.class), param("answer", Integer.class));
        }
        return db.render(insert);
    }

    /** In the caller's transaction, after the response row itself. */
    void add(UUID responseId, UUID invitationId, UUID waveId, Map<String, Integer> answers) {
        db.connection(c -> {
            if (!answers.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement(answerRows.computeIfAbsent(answers.size(), this::answers))) {
                    int i = 0;
                    for (var entry : answers.entrySet()) {
                        insert.setObject(++i, responseId);
                        insert.setString(++i, entry.getKey());
                        insert.setInt(++i, entry.getValue());
                    }
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement copy = c.prepareStatement(attributes)) {
                copy.setObject(1, responseId);
                copy.setObject(2, invitationId);
                copy.executeUpdate();
            }
            try (PreparedStatement queue = c.prepareStatement(uncounted)) {
                queue.setObject(1, responseId);
                queue.setObject(2, waveId);
                queue.executeUpdate();
            }
        });
    }
}
