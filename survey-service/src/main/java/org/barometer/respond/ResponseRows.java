package org.barometer.respond;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.barometer.jooq.tables.records.InvitationRecord;
import org.barometer.survey.Invitation;
import org.barometer.survey.WaveStatus;
import org.barometer.tally.Tally;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.UpdateConditionStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.SQLDataType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.barometer.jooq.Tables.BALLOT;
import static org.barometer.jooq.Tables.INVITATION;
import static org.barometer.jooq.Tables.WAVE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

/**
 * What a submission writes, all or nothing: it consumes the invitation and drops the answer into
 * the ballot box (tally's BallotBox moves it into the response tables later, among at least k
 * others, shuffled, under a fresh id). The ballot holds the wave, the profile copied from the
 * invitation, the ratings and the comment: nothing else of the person, no time.
 * <p>
 * On PostgreSQL that is one statement (a data-modifying WITH): one round trip, its own
 * transaction. Each round trip costs the service and the database some 25 µs of CPU apiece; with 2
 * cores shared by both, that is throughput. H2, the embedded trial database, has no data-modifying
 * WITH: there the rows go in one statement each, in one transaction. Both run the same tests. The
 * statements are rendered by jOOQ once, when the service starts.
 */
@Singleton
class ResponseRows {

    private static final Field<UUID> CONSUMED_WAVE = field(name("consumed", "wave_id"), SQLDataType.UUID);
    private static final Field<UUID> CONSUMED_PROFILE = field(name("consumed", "profile_id"), SQLDataType.UUID);

    private final TransactionOperations<Connection> tx;
    private final ConnectionOperations<Connection> connections;
    private final boolean oneStatement;
    private final String lockWave;
    private final String consume;
    private final String drop;
    private final String consumeAndDrop;

    ResponseRows(DSLContext db, TransactionOperations<Connection> tx, ConnectionOperations<Connection> connections) {
        this.tx = tx;
        this.connections = connections;
        this.oneStatement = db.dialect().family() == SQLDialect.POSTGRES;
        var b = BALLOT;
        this.lockWave = db.render(db.select(WAVE.ID).from(WAVE).where(WAVE.ID.eq(param("wave", SQLDataType.UUID))).forUpdate());
        this.consume = db.render(consuming(db, false));
        this.drop = db.render(db.insertInto(b, b.ID, b.WAVE_ID, b.PROFILE_ID, b.ANSWERS, b.COMMENT_TEXT)
                .values(param("ballot", SQLDataType.UUID), param("wave", SQLDataType.UUID), param("profile", SQLDataType.UUID),
                        param("answers", SQLDataType.VARCHAR), param("comment", SQLDataType.VARCHAR)));
        // Each part reads the rows the one before returned: when the invitation is not consumed,
        // nothing is inserted, and the statement answers 0.
        this.consumeAndDrop = "with consumed as (" + db.render(consuming(db, true).returning(INVITATION.WAVE_ID, INVITATION.PROFILE_ID))
                + ") " + db.render(db.insertInto(b, b.ID, b.WAVE_ID, b.PROFILE_ID, b.ANSWERS, b.COMMENT_TEXT)
                .select(select(param("ballot", SQLDataType.UUID), CONSUMED_WAVE, CONSUMED_PROFILE,
                        param("answers", SQLDataType.VARCHAR), param("comment", SQLDataType.VARCHAR)).from(table(name("consumed")))));
    }

    /**
     * Marks the invitation answered if it is not yet and its wave is open at the given instant. With
     * {@code shareWave} (PostgreSQL) the check takes a share lock on the wave's row, see {@link #store}.
     */
    private static UpdateConditionStep<InvitationRecord> consuming(DSLContext db, boolean shareWave) {
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

    /**
     * False, with nothing written, when the invitation was answered meanwhile or its wave is no
     * longer open at {@code now}.
     * <p>
     * A submission and the wave's closing exclude each other on the wave's row, so that every
     * ballot is in what the closing releases: the closing updates that row first, and a submission
     * holds a lock on it until its rows are written (PostgreSQL: a share lock, which submissions do
     * not contend on; H2: the row locked for update, which serialises a wave's submissions on the
     * trial database). A submission that meets a closing waits for it, then finds the wave closed
     * and writes nothing; a closing that meets submissions waits for them, then releases them.
     */
    boolean store(Invitation invitation, Instant now, AnswerCheck.Checked checked) {
        String answers = Tally.ballotAnswers(checked.answers());
        UUID ballot = UUID.randomUUID();
        if (oneStatement) {
            // The caller's connection (or one of its own), in auto-commit: the statement is its own transaction.
            return connections.executeWrite(status -> run(() -> {
                try (PreparedStatement all = status.getConnection().prepareStatement(consumeAndDrop)) {
                    all.setObject(1, invitation.id());
                    all.setObject(2, now.atOffset(ZoneOffset.UTC));
                    all.setObject(3, ballot);
                    all.setString(4, answers);
                    all.setString(5, checked.comment());
                    return all.executeUpdate() == 1;
                }
            }));
        }
        return tx.executeWrite(status -> run(() -> oneByOne(status.getConnection(), ballot, invitation, now, answers,
                checked.comment())));
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

    private boolean oneByOne(Connection c, UUID ballot, Invitation invitation, Instant now, String answers,
                             String comment) throws SQLException {
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
        try (PreparedStatement insert = c.prepareStatement(drop)) {
            insert.setObject(1, ballot);
            insert.setObject(2, invitation.waveId());
            insert.setObject(3, invitation.profileId());
            insert.setString(4, answers);
            insert.setString(5, comment);
            insert.executeUpdate();
        }
        return true;
    }
}
