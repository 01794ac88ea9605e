package org.barometer.demo;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.barometer.directory.Employee;
import org.barometer.directory.EmployeeRepository;
import org.barometer.respond.SubmissionOutcome;
import org.barometer.respond.Submissions;
import org.barometer.survey.Invitation;
import org.barometer.survey.InvitationRepository;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.SurveyTokens;
import org.barometer.survey.WaveService;
import org.barometer.templates.Question;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE;

/**
 * A year of the barometer, played through the product's own paths: each quarter's wave is created
 * and opened by {@link WaveService} (everyone invited, emails queued), a personal token is minted
 * per invitation by {@link SurveyTokens}, the people who answer submit through {@link Submissions}
 * (invitation consumed, live counters counted) and the wave is closed by {@link WaveService}
 * (aggregates stored). The four past quarters are closed; the current one stays open.
 */
@Singleton
class DemoHistory {

    static final String TEMPLATE = "wellbeing-barometer";
    static final int THRESHOLD = 5;
    static final int CLOSED_WAVES = 4;
    /** Shares of people who answer a closed wave and, so far, the open one. */
    private static final double CLOSED_PARTICIPATION = 0.8;
    private static final double OPEN_PARTICIPATION = 0.55;

    private final WaveService waves;
    private final InvitationRepository invitations;
    private final SurveyTokens tokens;
    private final Submissions submissions;
    private final EmployeeRepository employees;
    private final QuestionSets sets;
    private final DSLContext db;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    DemoHistory(WaveService waves, InvitationRepository invitations, SurveyTokens tokens, Submissions submissions,
                EmployeeRepository employees, QuestionSets sets, DSLContext db, TransactionOperations<Connection> tx,
                Clock clock) {
        this.waves = waves;
        this.invitations = invitations;
        this.tokens = tokens;
        this.submissions = submissions;
        this.employees = employees;
        this.sets = sets;
        this.db = db;
        this.tx = tx;
        this.clock = clock;
    }

    void play(DemoOrganisation organisation, DemoAnswers model, long seed) {
        Map<UUID, DemoPerson> people = new HashMap<>();
        Map<String, DemoPerson> byEmail = new HashMap<>();
        organisation.people().forEach(p -> byEmail.put(p.email(), p));
        for (Employee employee : employees.findAll()) {
            people.put(employee.id(), byEmail.get(employee.email()));
        }
        List<Question> questions = sets.parse(sets.yamlOf(TEMPLATE), TEMPLATE).questions();
        Random random = new Random(seed);
        LocalDate thisQuarter = quarterStart(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (int wave = 0; wave <= CLOSED_WAVES; wave++) {
            LocalDate quarter = thisQuarter.minusMonths(3L * (CLOSED_WAVES - wave));
            boolean closed = wave < CLOSED_WAVES;
            UUID id = waves.create(label(quarter), TEMPLATE, clock.instant().plus(Duration.ofDays(closed ? 1 : 21)),
                    THRESHOLD).id();
            waves.open(id);
            answer(id, wave, closed ? CLOSED_PARTICIPATION : OPEN_PARTICIPATION, people, questions, model, random);
            if (closed) {
                waves.close(id);
                backdate(id, quarter);
            }
        }
    }

    private void answer(UUID waveId, int wave, double participation, Map<UUID, DemoPerson> people,
                        List<Question> questions, DemoAnswers model, Random random) {
        List<Invitation> invited = invitations.findByWaveId(waveId);
        Map<UUID, String> minted = tx.executeWrite(status ->
                tokens.mint(invited.stream().map(Invitation::id).toList()));
        for (Invitation invitation : invited) {
            if (random.nextDouble() >= participation) {
                continue;
            }
            DemoPerson person = people.get(invitation.employeeId());
            SubmissionOutcome outcome = submissions.submit(minted.get(invitation.id()),
                    model.ratings(person, wave, questions, random), model.comment(person, random).orElse(null));
            if (!(outcome instanceof SubmissionOutcome.Stored)) {
                throw new IllegalStateException("a demo answer was refused: " + outcome.getClass().getSimpleName());
            }
        }
    }

    /**
     * Dates a closed wave in its quarter (opened on the 15th of its first month, closed three weeks
     * later): the one column the demo writes itself, as the product only ever stamps "now".
     */
    private void backdate(UUID waveId, LocalDate quarter) {
        Instant opened = quarter.plusDays(14).atTime(8, 0).toInstant(ZoneOffset.UTC);
        OffsetDateTime open = OffsetDateTime.ofInstant(opened, ZoneOffset.UTC);
        OffsetDateTime close = open.plusDays(21);
        tx.executeWrite(status -> db.update(WAVE).set(WAVE.CREATED_AT, open.minusDays(7)).set(WAVE.OPENED_AT, open)
                .set(WAVE.CLOSES_AT, close).set(WAVE.CLOSED_AT, close).where(WAVE.ID.eq(waveId)).execute());
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static String label(LocalDate quarter) {
        return quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1);
    }
}
