package org.barometer.respond;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.Invitation;
import org.barometer.survey.InvitationRepository;
import org.barometer.survey.SurveyTokens;
import org.barometer.survey.WaveService;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Times sequential submissions through {@link Submissions} on PostgreSQL (a fresh database on the
 * server named by BAROMETER_TEST_POSTGRES_URL): what one stored response costs, token lookup to
 * commit. Not a test: surefire never runs it. Run with
 * <pre>
 * BAROMETER_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres \
 *   ./mvnw -q -B -pl survey-service test-compile exec:exec \
 *   -Dexec.mainClass=org.barometer.respond.SubmissionBenchmark -Dexec.classpathScope=test
 * </pre>
 * One open wave of 8 000 invitations over 50 teams in 5 departments: 3 000 submissions to warm up
 * (the JIT compiles the path fully), then 5 000 timed one after the other. It also prints the CPU the
 * submitting thread used per submission: the service's own cost, without HTTP.
 */
public final class SubmissionBenchmark {

    private static final int WARM_UP = 3_000;
    private static final int TIMED = 5_000;
    private static final int TEAMS = 50;
    private static final String TEMPLATE = "wellbeing-barometer";
    private static final String[] QUESTIONS = {"stress", "clarity", "interruptions", "autonomy", "workload", "support"};

    public static void main(String[] args) throws SQLException {
        Map<String, String> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.put("barometer.mail.poll-interval", "1h");
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(properties))) {
            run(properties, context);
        }
        System.exit(0);
    }

    private static void run(Map<String, String> properties, ApplicationContext context) throws SQLException {
        int people = WARM_UP + TIMED;
        seedStaff(properties, people);
        WaveService waves = context.getBean(WaveService.class);
        UUID wave = waves.create("2030-W0", TEMPLATE, null, 5).id();
        waves.open(wave);
        List<UUID> invitations = context.getBean(InvitationRepository.class).findByWaveId(wave).stream()
                .map(Invitation::id).toList();
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        List<String> tokens = List.copyOf(tx.executeWrite(status ->
                context.getBean(SurveyTokens.class).mint(invitations)).values());
        Submissions submissions = context.getBean(Submissions.class);
        Random random = new Random(42);
        for (int i = 0; i < WARM_UP; i++) {
            submit(submissions, tokens.get(i), random);
        }
        long[] us = new long[TIMED];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < TIMED; i++) {
            long one = System.nanoTime();
            submit(submissions, tokens.get(WARM_UP + i), random);
            us[i] = (System.nanoTime() - one) / 1_000;
        }
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / TIMED;
        Arrays.sort(us);
        System.out.printf("%n%d sequential submissions: %d ms in all, %.3f ms each (median %.3f, p95 %.3f, max %.3f)%n",
                TIMED, totalMs, totalMs / (double) TIMED, us[TIMED / 2] / 1000.0, us[TIMED * 95 / 100] / 1000.0,
                us[TIMED - 1] / 1000.0);
        System.out.printf("CPU of the submitting thread (no HTTP; database time excluded): %.3f ms per submission%n", cpuMs);
    }

    private static void submit(Submissions submissions, String token, Random random) {
        Map<String, Integer> answers = new HashMap<>();
        for (String question : QUESTIONS) {
            answers.put(question, 1 + random.nextInt(5));
        }
        if (!(submissions.submit(token, answers, null) instanceof SubmissionOutcome.Stored)) {
            throw new IllegalStateException("a submission was not stored");
        }
    }

    /** Employees 1..{@code people}, each with a team and a department; the wave opens through the service. */
    private static void seedStaff(Map<String, String> properties, int people) throws SQLException {
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement()) {
            s.execute("INSERT INTO employee (id, email, display_name, locale, active, updated_at) "
                    + "SELECT md5('e' || i)::uuid, 'e' || i || '@example.com', NULL, 'en', TRUE, now() "
                    + "FROM generate_series(1, " + people + ") i");
            s.execute("INSERT INTO employee_attribute (employee_id, name, attr_value) "
                    + "SELECT md5('e' || i)::uuid, 'team', 'team-' || (i % " + TEAMS + ") FROM generate_series(1, " + people + ") i");
            s.execute("INSERT INTO employee_attribute (employee_id, name, attr_value) "
                    + "SELECT md5('e' || i)::uuid, 'department', 'dept-' || (i % " + TEAMS + " % 5) "
                    + "FROM generate_series(1, " + people + ") i");
            s.execute("ANALYZE");
        }
    }
}
