package org.barometer.insight;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.barometer.jooq.tables.InvitationAttribute;
import org.barometer.survey.NewcomersInvited;
import org.barometer.survey.WaveOpened;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record6;
import org.jooq.SelectHavingStep;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.barometer.jooq.Tables.INVITATION;
import static org.barometer.jooq.Tables.INVITATION_ATTRIBUTE;
import static org.barometer.jooq.Tables.WAVE_LIVE_PARTICIPATION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;

/**
 * The invited side of {@code wave_live_participation}: counted once when a wave opens and added to
 * when newcomers are invited, each inside that transaction (the responded side is counted by each
 * submission). WaveAggregates turns them into the stored aggregates when the wave closes.
 */
@Singleton
class LiveParticipation {

    private static final String NONE = "";
    private static final int CHUNK = 1000;
    private static final InvitationAttribute CUT = INVITATION_ATTRIBUTE.as("cut");
    private static final InvitationAttribute OTHER = INVITATION_ATTRIBUTE.as("other");

    private final DSLContext db;

    LiveParticipation(DSLContext db) {
        this.db = db;
    }

    @EventListener
    void onWaveOpened(WaveOpened event) {
        invited(INVITATION.WAVE_ID.eq(event.waveId()));
    }

    @EventListener
    void onNewcomersInvited(NewcomersInvited event) {
        List<UUID> ids = event.invitationIds();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            invited(INVITATION.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
    }

    /**
     * Adds the invitations matching {@code which} to slot 0 of their cells: grouped in the
     * database, then one batch of upserts (a few hundred cells for a wave of any size).
     */
    private void invited(Condition which) {
        List<SelectHavingStep<Record6<UUID, String, String, String, String, Integer>>> cells = List.of(
                select(INVITATION.WAVE_ID, inline(NONE), inline(NONE), inline(NONE), inline(NONE), count())
                        .from(INVITATION).where(which).groupBy(INVITATION.WAVE_ID),
                select(INVITATION.WAVE_ID, CUT.NAME, CUT.ATTR_VALUE, inline(NONE), inline(NONE), count())
                        .from(INVITATION).join(CUT).on(CUT.INVITATION_ID.eq(INVITATION.ID))
                        .where(which).groupBy(INVITATION.WAVE_ID, CUT.NAME, CUT.ATTR_VALUE),
                select(INVITATION.WAVE_ID, CUT.NAME, CUT.ATTR_VALUE, OTHER.NAME, OTHER.ATTR_VALUE, count())
                        .from(INVITATION).join(CUT).on(CUT.INVITATION_ID.eq(INVITATION.ID))
                        .join(OTHER).on(OTHER.INVITATION_ID.eq(INVITATION.ID).and(OTHER.NAME.ne(CUT.NAME)))
                        .where(which).groupBy(INVITATION.WAVE_ID, CUT.NAME, CUT.ATTR_VALUE, OTHER.NAME, OTHER.ATTR_VALUE));
        var p = WAVE_LIVE_PARTICIPATION;
        List<Query> upserts = new ArrayList<>();
        for (var cell : cells) {
            for (var row : db.fetch(cell)) {
                long invited = row.value6();
                upserts.add(db.insertInto(p, p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE, p.SLOT,
                                p.INVITED, p.RESPONDED)
                        .values(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), 0, invited, 0L)
                        .onConflict(p.WAVE_ID, p.CUT_NAME, p.CUT_VALUE, p.OTHER_NAME, p.OTHER_VALUE, p.SLOT)
                        .doUpdate().set(p.INVITED, p.INVITED.plus(invited)));
            }
        }
        if (!upserts.isEmpty()) {
            db.batch(upserts).execute();
        }
    }
}
