package org.barometer.respond;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.survey.InvitationAttributes;
import org.barometer.survey.InvitationRepository;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.SurveyTokens;
import org.barometer.survey.WaveRepository;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import static org.barometer.jooq.Tables.RESPONSE_ANSWER;

/**
 * Turns a personal link and a filled form into a stored, anonymous response. Consuming the
 * invitation, writing the response and counting it in the live results happen in one
 * transaction: all or nothing.
 */
@Singleton
public class Submissions {

    private final SurveyTokens tokens;
    private final InvitationRepository invitations;
    private final InvitationAttributes attributes;
    private final WaveRepository waves;
    private final ResponseRepository responses;
    private final QuestionSets sets;
    private final LiveCounters counters;
    private final DSLContext db;
    private final Clock clock;

    Submissions(SurveyTokens tokens, InvitationRepository invitations, InvitationAttributes attributes,
                WaveRepository waves, ResponseRepository responses, QuestionSets sets, LiveCounters counters,
                DSLContext db, Clock clock) {
        this.tokens = tokens;
        this.invitations = invitations;
        this.attributes = attributes;
        this.waves = waves;
        this.responses = responses;
        this.sets = sets;
        this.counters = counters;
        this.db = db;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    SurveyLink lookup(String token) {
        var invitation = tokens.invitationOf(token).flatMap(invitations::findById);
        if (invitation.isEmpty()) {
            return new SurveyLink.Unknown();
        }
        var wave = waves.findById(invitation.get().waveId()).orElseThrow();
        if (!wave.acceptsAnswersAt(clock.instant())) {
            return new SurveyLink.Closed(wave, invitation.get().locale());
        }
        if (invitation.get().responded()) {
            return new SurveyLink.Used(wave, invitation.get().locale());
        }
        return new SurveyLink.Open(invitation.get(), wave, sets.parse(wave.frozenQuestions(), wave.templateKey()));
    }

    @Transactional
    public SubmissionOutcome submit(String token, Map<String, ?> answers, String comment) {
        SurveyLink link = lookup(token);
        if (!(link instanceof SurveyLink.Open open)) {
            return new SubmissionOutcome.Refused(link);
        }
        AnswerCheck.Checked checked = AnswerCheck.check(open.questions(), answers, comment);
        if (!checked.problems().isEmpty()) {
            return new SubmissionOutcome.Invalid(open, checked, checked.problems());
        }
        if (invitations.markResponded(open.invitation().id()) == 0) {
            return new SubmissionOutcome.Refused(new SurveyLink.Used(open.wave(), open.invitation().locale()));
        }
        UUID responseId = UUID.randomUUID();
        responses.save(new Response(responseId, open.wave().id(), checked.comment()));
        var insert = db.insertInto(RESPONSE_ANSWER, RESPONSE_ANSWER.RESPONSE_ID, RESPONSE_ANSWER.QUESTION_KEY,
                RESPONSE_ANSWER.ANSWER);
        for (var answer : checked.answers().entrySet()) {
            insert = insert.values(responseId, answer.getKey(), answer.getValue());
        }
        insert.execute();
        attributes.copyToResponse(open.invitation().id(), responseId);
        // Last, so the hottest row locks of the transaction are held the shortest.
        counters.add(open.wave().id(), responseId);
        return new SubmissionOutcome.Stored();
    }
}
