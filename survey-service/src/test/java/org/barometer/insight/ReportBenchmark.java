package org.barometer.insight;

import io.micronaut.context.ApplicationContext;
import org.barometer.analytics.report.LeadershipReport;
import org.barometer.analytics.report.ReportInput;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.WaveService;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.TestDatabase;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Times the leadership report of a wave with 50 teams and 6 questions on PostgreSQL (a fresh
 * database on the server named by BAROMETER_TEST_POSTGRES_URL), warm: the figures from the
 * results (three closed waves before it, stored; the reported one open, counted live), then the
 * PDF. Not a test: surefire never runs it. Run with
 * <pre>
 * BAROMETER_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres \
 *   ./mvnw -q -B -pl survey-service -am test-compile exec:java \
 *   -Dexec.mainClass=org.barometer.insight.ReportBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ReportBenchmark {

    private static final int TEAMS = 50;
    private static final int RESPONSES = 5_000;
    private static final int RUNS = 11;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.put("barometer.mail.poll-interval", "1h");
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(properties))) {
            QuestionSets sets = context.getBean(QuestionSets.class);
            WaveService waves = context.getBean(WaveService.class);
            ReportInputs inputs = context.getBean(ReportInputs.class);
            LeadershipReport report = new LeadershipReport(sets.source());
            BenchmarkWaves seed = new BenchmarkWaves(properties, sets.yamlOf("wellbeing-barometer"), TEAMS);
            seed.employees(RESPONSES + RESPONSES / 10);
            for (int w = 0; w < 3; w++) {
                waves.close(seed.wave(RESPONSES));
            }
            UUID current = seed.wave(RESPONSES);
            waves.close(current);
            ReportInput input = inputs.of(current, "team", "fr", false);
            System.out.printf("%n%d teams (%d hidden), %d questions, %d waves, %d pages of PDF%n", TEAMS,
                    input.current().groups().stream().filter(ReportInput.Group::hidden).count(),
                    input.questions().size(), input.waves().size(), pages(report.pdf(input, "fr")));
            List<String[]> table = List.of(
                    time("figures from the results (4 waves by team)", () -> inputs.of(current, "team", "fr", false)),
                    time("PDF from the figures (French)", () -> report.pdf(input, "fr")),
                    time("whole report: figures + PDF", () -> report.pdf(inputs.of(current, "team", "en", false), "en")));
            System.out.printf("%n%-48s %10s %10s %10s%n", "operation", "median ms", "min ms", "max ms");
            table.forEach(row -> System.out.printf("%-48s %10s %10s %10s%n", (Object[]) row));
        }
        System.exit(0);
    }

    private static String[] time(String what, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return new String[] {what, String.valueOf(ms[RUNS / 2]), String.valueOf(ms[0]), String.valueOf(ms[RUNS - 1])};
    }

    private static int pages(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
