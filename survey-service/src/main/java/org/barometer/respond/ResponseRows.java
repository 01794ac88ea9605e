package org.barometer.respond;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.barometer.jooq.tables.records.InvitationRecord;
import org.barometer.survey.Invitation;
import org.barometer.survey.WaveStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row2;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.UpdateConditionStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.barometer.jooq.Tables.INVITATION;
import static org.barometer.jooq.Tables.INVITATION_ATTRIBUTE;
import static org.barometer.jooq.Tables.RESPONSE;
import static org.barometer.jooq.Tables.RESPONSE_ANSWER;
import static org.barometer.jooq.Tables.RESPONSE_ATTRIBUTE;
import static org.barometer.jooq.Tables.RESPONSE_UNCOUNTED;
import static org.barometer.jooq.Tables.WAVE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.values;

/**
 * The rows a submission writes, all or nothing: it consumes the invitation, then stores the
 * response (deliberately poor: a random id, the wave, the comment; nothing points to a person, an
 * invitation or a time), its answers, the segment attributes copied from the invitation (in the
 * database, never read out), and its place among the responses the live counters have not counted
 * yet.
 * <p>
 * On PostgreSQL that is one statement (data-modifying WITH queries): one round trip, its own
 * transaction. Each round trip costs the service and the database some 25 µs of CPU apiece, and a
 * submission made seven (statements, BEGIN, COMMIT); with 2 cores shared by both, that was a
 * seventh of the throughput. H2, the embedded trial database, has no data-modifying WITH: there the
 * same rows go in as one statement each, in one transaction. Both run the same tests.
 * <p>
 * The statements are written with jOOQ (the PostgreSQL one is the same parts, each rendered by jOOQ,
 * put together in a WITH) and rendered once, when the service starts: rendering them for every
 * submission, or going through the repositories' mapping, cost more CPU than the database spent
 * running them.
 */
@Singleton
class ResponseRows {

    /** The answers' question and rating, for the PostgreSQL statement's VALUES. */
    private static final Field<String> ANSWER_KEY = field(name("answers", "question_key"), SQLDataType.VARCHAR);
    private static final Field<Integer> ANSWER_VALUE = field(name("answers", "answer"), SQLDataType.INTEGER);
    private static final Table<?> CONSUMED = table(name("consumed"));
    private static final Field<UUID> CONSUMED_ID = field(name("consumed", "id"), SQLDataType.UUID);
    private static final Field<UUID> CONSUMED_WAVE = field(name("consumed", "wave_id"), SQLDataType.UUID);
    private static final Table<?> STORED = table(name("stored"));
    private static final Field<UUID> STORED_ID = field(name("stored", "id"), SQLDataType.UUID);
    private static final Field<UUID> STORED_WAVE = field(name("stored", "wave_id"), SQLDataType.UUID);

    private final DSLContext db;
    private final TransactionOperations<Connection> tx;
    private final ConnectionOperations<Connection> connections;
    private final boolean oneStatement;
    /** The statement(s) by number of answers (a question set has a handful of questions). */
    private final Map<Integer, String> byAnswers = new ConcurrentHashMap<>();
    private final String lockWave;
    private final String consume;
    private final String response;
    private final String attributes;
    private final String uncounted;

    ResponseRows(DSLContext db, TransactionOperations<Connection> tx, ConnectionOperations<Connection> connections) {
        this.db = db;
        this.tx = tx;
        this.connections = connections;
        this.oneStatement = db.dialect().family() == SQLDialect.POSTGRES;
        var r = RESPONSE;
        var t = RESPONSE_ATTRIBUTE;
        var i = INVITATION_ATTRIBUTE;
        var u = RESPONSE_UNCOUNTED;
        this.lockWave = db.render(db.select(WAVE.ID).from(WAVE).where(WAVE.ID.eq(param("wave", SQLDataType.UUID))).forUpdate());
        this.consume = db.render(consuming(false));
        this.response = db.render(db.insertInto(r, r.ID, r.WAVE_ID, r.COMMENT_TEXT)
                .values(param("response", SQLDataType.UUID), param("wave", SQLDataType.UUID), param("comment", SQLDataType.VARCHAR)));
        this.attributes = db.render(db.insertInto(t, t.RESPONSE_ID, t.NAME, t.ATTR_VALUE)
                .select(select(param("response", SQLDataType.UUID), i.NAME, i.ATTR_VALUE).from(i)
                        .where(i.INVITATION_ID.eq(param("invitation", SQLDataType.UUID)))));
        this.uncounted = db.render(db.insertInto(u, u.RESPONSE_ID, u.WAVE_ID)
                .values(param("response", SQLDataType.UUID), param("wave", SQLDataType.UUID)));
    }

    /**
     * Marks the invitation answered if it is not yet and its wave is open at the given instant. With
     * {@code shareWave} (PostgreSQL) the check takes a share lock on the wave's row, see {@link #store}.
     */
    private UpdateConditionStep<InvitationRecord> consuming(boolean shareWave) {
        var inv = INVITATION;
        var w = WAVE;
        var open = selectOne().from(w).where(w.ID.eq(inv.WAVE_ID))
                .and(w.STATUS.eq(inline(WaveStatus.OPEN.name())))
                .and(w.CLOSES_AT.isNull().or(w.CLOSES_AT.gt(param("now", SQLDataType.TIMESTAMPWITHTIMEZONE))));
        return db.update(inv).set(inv.RESPONDED, inline(true))
                .where(inv.ID.eq(param("invitation", SQLDataType.UUID)))
                .and(inv.RESPONDED.isFalse())
                .andExists(shareWave ? open.forShare() : open);
    }

    /** H2: the answers' multi-row INSERT. */
    private String answerRows(int rows) {
        var a = RESPONSE_ANSWER;
        var insert = db.insertInto(a, a.RESPONSE_ID, a.QUESTION_KEY, a.ANSWER);
        for (int k = 0; k < rows; k++) {
            insert = insert.values(param("response", SQLDataType.UUID), param("question", SQLDataType.VARCHAR),
                    param("answer", SQLDataType.INTEGER));
        }
        return db.render(insert);
    }

    /**
     * PostgreSQL: everything in one statement. Each part reads the rows the previous one returned,
     * so when the invitation is not consumed nothing is written; it answers how many were (0 or 1).
     * Parameters in order: invitation, now, response, comment, then question and rating per answer.
     */
    private String oneStatement(int answers) {
        var inv = INVITATION;
        var r = RESPONSE;
        var a = RESPONSE_ANSWER;
        var t = RESPONSE_ATTRIBUTE;
        var i = INVITATION_ATTRIBUTE;
        var u = RESPONSE_UNCOUNTED;
        StringBuilder sql = new StringBuilder("with consumed as (")
                .append(db.render(consuming(true).returning(inv.ID, inv.WAVE_ID)))
                .append("), stored as (")
                .append(db.render(db.insertInto(r, r.ID, r.WAVE_ID, r.COMMENT_TEXT)
                        .select(select(param("response", SQLDataType.UUID), CONSUMED_WAVE, param("comment", SQLDataType.VARCHAR))
                                .from(CONSUMED))
                        .returning(r.ID, r.WAVE_ID)))
                .append(")");
        if (answers > 0) {
            var rows = new ArrayList<Row2<String, Integer>>();
            for (int k = 0; k < answers; k++) {
                rows.add(row(param("question", SQLDataType.VARCHAR), param("answer", SQLDataType.INTEGER)));
            }
            sql.append(", answered as (")
                    .append(db.render(db.insertInto(a, a.RESPONSE_ID, a.QUESTION_KEY, a.ANSWER)
                            .select(select(STORED_ID, ANSWER_KEY, ANSWER_VALUE).from(STORED)
                                    .crossJoin(values(rows.toArray(Row2[]::new)).as("answers", "question_key", "answer")))))
                    .append(")");
        }
        sql.append(", copied as (")
                .append(db.render(db.insertInto(t, t.RESPONSE_ID, t.NAME, t.ATTR_VALUE)
                        .select(select(STORED_ID, i.NAME, i.ATTR_VALUE).from(STORED).crossJoin(CONSUMED)
                                .join(i).on(i.INVITATION_ID.eq(CONSUMED_ID)))))
                .append("), queued as (")
                .append(db.render(db.insertInto(u, u.RESPONSE_ID, u.WAVE_ID).select(select(STORED_ID, STORED_WAVE).from(STORED))))
                .append(") ")
                .append(db.render(select(count()).from(CONSUMED)));
        return sql.toString();
    }

    /**
     * False, with nothing written, when the invitation was answered meanwhile or its wave is no
     * longer open at {@code now}.
     * <p>
     * A submission and the wave's closing exclude each other on the wave's row, so that every
     * stored answer is in what the closing counts: the closing updates that row first, and a
     * submission holds a lock on it until its rows are written (PostgreSQL: a share lock, which
     * submissions do not contend on; H2: the row locked for update, which serialises a wave's
     * submissions on the trial database). A submission that meets a closing waits for it, then
     * finds the wave closed and writes nothing; a closing that meets submissions waits for them,
     * then counts them.
     */
    boolean store(UUID responseId, Invitation invitation, Instant now, AnswerCheck.Checked checked) {
        if (oneStatement) {
            // The caller's connection (or one of its own), in auto-commit: the statement is its own transaction.
            return connections.executeWrite(status ->
                    run(() -> storeAtOnce(status.getConnection(), responseId, invitation, now, checked)));
        }
        return tx.executeWrite(status -> run(() -> storeOneByOne(status.getConnection(), responseId, invitation, now, checked)));
    }

    private interface Write {
        boolean run() throws SQLException;
    }

    /** As jOOQ's own calls do: a failed statement surfaces as jOOQ's DataAccessException (DatabaseOutageHandlers). */
    private static boolean run(Write write) {
        try {
            return write.run();
        } catch (SQLException e) {
            throw new DataAccessException("Storing a response failed", e);
        }
    }

    private boolean storeAtOnce(Connection c, UUID responseId, Invitation invitation, Instant now,
                                AnswerCheck.Checked checked) throws SQLException {
        Map<String, Integer> answers = checked.answers();
        try (PreparedStatement all = c.prepareStatement(byAnswers.computeIfAbsent(answers.size(), this::oneStatement))) {
            all.setObject(1, invitation.id());
            all.setObject(2, now.atOffset(ZoneOffset.UTC));
            all.setObject(3, responseId);
            all.setString(4, checked.comment());
            int p = 4;
            for (var entry : answers.entrySet()) {
                all.setString(++p, entry.getKey());
                all.setInt(++p, entry.getValue());
            }
            try (ResultSet consumed = all.executeQuery()) {
                return consumed.next() && consumed.getInt(1) == 1;
            }
        }
    }

    private boolean storeOneByOne(Connection c, UUID responseId, Invitation invitation, Instant now,
                                  AnswerCheck.Checked checked) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(lockWave)) {
            lock.setObject(1, invitation.waveId());
            lock.executeQuery().close();
        }
        try (PreparedStatement consumed = c.prepareStatement(consume)) {
            consumed.setObject(1, invitation.id());
            consumed.setObject(2, now.atOffset(ZoneOffset.UTC));
            if (consumed.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(response)) {
            insert.setObject(1, responseId);
            insert.setObject(2, invitation.waveId());
            insert.setString(3, checked.comment());
            insert.executeUpdate();
        }
        Map<String, Integer> answers = checked.answers();
        if (!answers.isEmpty()) {
            try (PreparedStatement insert = c.prepareStatement(byAnswers.computeIfAbsent(answers.size(), this::answerRows))) {
                int p = 0;
                for (var entry : answers.entrySet()) {
                    insert.setObject(++p, responseId);
                    insert.setString(++p, entry.getKey());
                    insert.setInt(++p, entry.getValue());
                }
                insert.executeUpdate();
            }
        }
        try (PreparedStatement copy = c.prepareStatement(attributes)) {
            copy.setObject(1, responseId);
            copy.setObject(2, invitation.id());
            copy.executeUpdate();
        }
        try (PreparedStatement queue = c.prepareStatement(uncounted)) {
            queue.setObject(1, responseId);
            queue.setObject(2, invitation.waveId());
            queue.executeUpdate();
        }
        return true;
    }
}
