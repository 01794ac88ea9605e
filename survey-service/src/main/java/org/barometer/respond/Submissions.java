package org.barometer.respond;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.survey.Invitation;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.SurveyTokens;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveProfiles;
import org.barometer.survey.WaveRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a personal link and a filled form into a stored, anonymous response. Consuming the
 * invitation and writing the response happen at once: all or nothing. The invitation is consumed
 * only if it is still unanswered and its wave still open, checked by the database as it writes (a
 * closing or a second answer at the same moment is seen), so the open wave's questions can come
 * from memory. The live
 * counters take the response in bulk a moment later (insight's UncountedResponses); live results
 * count it from the moment it is stored.
 */
@Singleton
public class Submissions {

    private final SurveyTokens tokens;
    private final WaveRepository waves;
    private final OpenWaves openWaves;
    private final ResponseRows rows;
    private final QuestionSets sets;
    private final WaveProfiles profiles;
    private final Clock clock;

    Submissions(SurveyTokens tokens, WaveRepository waves, OpenWaves openWaves, ResponseRows rows, QuestionSets sets,
                WaveProfiles profiles, Clock clock) {
        this.tokens = tokens;
        this.waves = waves;
        this.openWaves = openWaves;
        this.rows = rows;
        this.sets = sets;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** What the link leads to, read afresh (the page shows it; an answer is checked again when sent). */
    @Transactional(readOnly = true)
    SurveyLink lookup(String token) {
        return link(token);
    }

    private SurveyLink link(String token) {
        var invitation = tokens.invitation(token);
        if (invitation.isEmpty()) {
            return new SurveyLink.Unknown();
        }
        var wave = waves.findById(invitation.get().waveId()).orElseThrow();
        if (invitation.get().responded() || !wave.acceptsAnswersAt(clock.instant())) {
            return refusal(invitation.get(), wave);
        }
        return new SurveyLink.Open(invitation.get(), wave, sets.parse(wave.frozenQuestions(), wave.templateKey()),
                profiles.tuple(invitation.get().profileId()));
    }

    /**
     * Not one transaction: only the write must be all or nothing, and it checks again what was read
     * (ResponseRows). One connection for the reads and the write: taking one from the pool when all
     * are busy costs a thread hand-off, and under load most of a submission's CPU is the kernel's.
     */
    @Connectable
    public SubmissionOutcome submit(String token, Map<String, ?> answers, String comment) {
        Optional<Invitation> found = tokens.invitation(token);
        if (found.isEmpty()) {
            return new SubmissionOutcome.Refused(new SurveyLink.Unknown());
        }
        Invitation invitation = found.get();
        Instant now = clock.instant();
        Optional<OpenWaves.Open> wave = invitation.responded() ? Optional.empty() : openWaves.accepting(invitation.waveId(), now);
        if (wave.isEmpty()) {
            return new SubmissionOutcome.Refused(refusal(invitation));
        }
        AnswerCheck.Checked checked = AnswerCheck.check(wave.get().questions(), answers, comment);
        if (!checked.problems().isEmpty()) {
            var open = new SurveyLink.Open(invitation, wave.get().wave(), wave.get().questions(),
                    profiles.tuple(invitation.profileId()));
            return new SubmissionOutcome.Invalid(open, checked, checked.problems());
        }
        if (!rows.store(invitation, now, checked)) {
            // Answered or closed since it was read: nothing was written.
            return new SubmissionOutcome.Refused(refusal(invitation));
        }
        return new SubmissionOutcome.Stored();
    }

    /** Why an answer to this invitation is refused, as the wave is now. */
    private SurveyLink refusal(Invitation invitation) {
        return refusal(invitation, waves.findById(invitation.waveId()).orElseThrow());
    }

    /** A closed wave first (its page says so whether or not this person answered), else the link was used. */
    private SurveyLink refusal(Invitation invitation, Wave wave) {
        return wave.acceptsAnswersAt(clock.instant())
                ? new SurveyLink.Used(wave, invitation.locale())
                : new SurveyLink.Closed(wave, invitation.locale());
    }
}
