package org.barometer.respond;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.survey.InvitationRepository;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.SurveyTokens;
import org.barometer.survey.WaveRepository;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a personal link and a filled form into a stored, anonymous response. Consuming the
 * invitation and writing the response happen in one transaction: all or nothing. The live
 * counters take the response in bulk a moment later (insight's UncountedResponses); live results
 * count it from the moment it is stored.
 */
@Singleton
public class Submissions {

    private final SurveyTokens tokens;
    private final InvitationRepository invitations;
    private final WaveRepository waves;
    private final ResponseRepository responses;
    private final ResponseRows rows;
    private final QuestionSets sets;
    private final Clock clock;

    Submissions(SurveyTokens tokens, InvitationRepository invitations, WaveRepository waves,
                ResponseRepository responses, ResponseRows rows, QuestionSets sets, Clock clock) {
        this.tokens = tokens;
        this.invitations = invitations;
        this.waves = waves;
        this.responses = responses;
        this.rows = rows;
        this.sets = sets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    SurveyLink lookup(String token) {
        return link(token);
    }

    /** Not {@code lookup} from {@code submit}: a call to an intercepted method of this bean would open a nested transaction. */
    private SurveyLink link(String token) {
        var invitation = tokens.invitation(token);
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
        SurveyLink link = link(token);
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
        rows.add(responseId, open.invitation().id(), open.wave().id(), checked.answers());
        return new SubmissionOutcome.Stored();
    }
}
