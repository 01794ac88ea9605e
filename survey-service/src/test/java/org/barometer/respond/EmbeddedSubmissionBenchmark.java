package org.barometer.respond;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.barometer.directory.EmployeeImporter;
import org.barometer.survey.Invitation;
import org.barometer.survey.InvitationRepository;
import org.barometer.survey.SurveyTokens;
import org.barometer.survey.WaveService;
import org.barometer.system.DatabaseDialect;
import org.barometer.testing.DiskDatabase;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Times sequential submissions through {@link Submissions} on the embedded default (H2 in a file,
 * application.yml's URL options, in a temporary folder), then on the same URL without its
 * {@code WRITE_DELAY=0}, that is with H2's own write delay (500 ms: a commit is acknowledged before
 * it is written, AnswerDurabilityH2IntegrationTest). What durability costs a submission on H2. Not
 * a test: surefire never runs it. Run with
 * <pre>
 * ./mvnw -q -B -pl survey-service exec:exec -Dexec.mainClass=org.barometer.respond.EmbeddedSubmissionBenchmark \
 *   -Dexec.classpathScope=test
 * </pre>
 * Each: 1 500 submissions to warm up, then 3 000 timed one after the other, the ballot box released
 * every 2 s as by default.
 */
public final class EmbeddedSubmissionBenchmark {

    private static final int WARM_UP = 1_500;
    private static final int TIMED = 3_000;
    private static final String[] QUESTIONS = {"stress", "clarity", "interruptions", "autonomy", "workload", "support"};

    public static void main(String[] args) {
        Path durable = ServiceProperties.tempDir("bench-h2");
        Path delayed = ServiceProperties.tempDir("bench-h2");
        String url = DiskDatabase.embeddedDefaultIn(durable);
        for (int run = 1; run <= 2; run++) {
            time("the embedded default (" + url.substring(url.indexOf(';') + 1) + ")", url, durable);
            time("without WRITE_DELAY=0 (H2's 500 ms)", DiskDatabase.embeddedDefaultIn(delayed).replace(";WRITE_DELAY=0", ""),
                    delayed);
        }
        DiskDatabase.deleteQuietly(durable);
        DiskDatabase.deleteQuietly(delayed);
        System.exit(0);
    }

    private static void time(String name, String url, Path folder) {
        Map<String, String> properties = new HashMap<>(ServiceProperties.on(TestDatabase.H2));
        DatabaseDialect.propertiesFor(url).forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("barometer.mail.poll-interval", "1h");
        properties.put("barometer.ballot-box.release-interval", "2s");
        properties.put("micronaut.server.port", "-1");
        // No server is started: the invitation emails need a base for their links.
        properties.put("barometer.public-url", "http://localhost:8080");
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(properties))) {
            List<String> tokens = tokens(context, "2030-W" + System.nanoTime() % 1000);
            Submissions submissions = context.getBean(Submissions.class);
            for (int i = 0; i < WARM_UP; i++) {
                submit(submissions, tokens.get(i), i);
            }
            long[] us = new long[TIMED];
            long start = System.nanoTime();
            for (int i = 0; i < TIMED; i++) {
                long one = System.nanoTime();
                submit(submissions, tokens.get(WARM_UP + i), i);
                us[i] = (System.nanoTime() - one) / 1_000;
            }
            long totalMs = (System.nanoTime() - start) / 1_000_000;
            Arrays.sort(us);
            System.out.printf("%s: %d sequential submissions in %d ms, %.3f ms each (median %.3f, p95 %.3f, max %.3f)%n",
                    name, TIMED, totalMs, totalMs / (double) TIMED, us[TIMED / 2] / 1000.0, us[TIMED * 95 / 100] / 1000.0,
                    us[TIMED - 1] / 1000.0);
        }
        System.out.printf("  database file after it: %.1f MB%n", folder.resolve("barometer.mv.db").toFile().length() / 1e6);
    }

    /** One open wave, one token per invitation, through the product's services. */
    private static List<String> tokens(ApplicationContext context, String label) {
        context.getBean(EmployeeImporter.class).importCsv(Staff.team("Bench", WARM_UP + TIMED), false);
        WaveService waves = context.getBean(WaveService.class);
        UUID wave = waves.create(label, "wellbeing-barometer", null, 5).id();
        waves.open(wave);
        List<UUID> invitations = context.getBean(InvitationRepository.class).findByWaveId(wave).stream()
                .map(Invitation::id).toList();
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        return List.copyOf(tx.executeWrite(status -> context.getBean(SurveyTokens.class).mint(invitations)).values());
    }

    private static void submit(Submissions submissions, String token, int i) {
        Map<String, Integer> answers = new HashMap<>();
        for (int q = 0; q < QUESTIONS.length; q++) {
            answers.put(QUESTIONS[q], 1 + (i + q) % 5);
        }
        if (!(submissions.submit(token, answers, null) instanceof SubmissionOutcome.Stored)) {
            throw new IllegalStateException("a submission was not stored");
        }
    }
}
