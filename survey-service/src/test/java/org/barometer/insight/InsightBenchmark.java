package org.barometer.insight;

import org.barometer.analytics.findings.Drivers;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;

import io.micronaut.context.ApplicationContext;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.WaveService;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.TestDatabase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Times results, closing and trends on PostgreSQL (a fresh database on the server named by
 * BAROMETER_TEST_POSTGRES_URL). Not a test: surefire never runs it. Run with
 * <pre>
 * BAROMETER_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres \
 *   ./mvnw -q -B -pl survey-service test-compile exec:java \
 *   -Dexec.mainClass=org.barometer.insight.InsightBenchmark -Dexec.classpathScope=test
 * </pre>
 * Data comes from {@link BenchmarkWaves}: 50 teams in 5 departments, generated inside PostgreSQL.
 */
public final class InsightBenchmark {

    private static final int TEAMS = 50;
    private static final String TEMPLATE = "wellbeing-barometer";

    private final BenchmarkWaves seed;
    private final WaveService waves;
    private final WaveResults results;
    private final Trends trends;
    private final WaveFindings findings;
    private final List<String[]> table = new ArrayList<>();

    private InsightBenchmark(Map<String, String> properties, ApplicationContext context) {
        this.waves = context.getBean(WaveService.class);
        this.results = context.getBean(WaveResults.class);
        this.trends = context.getBean(Trends.class);
        this.findings = context.getBean(WaveFindings.class);
        this.seed = new BenchmarkWaves(properties, context.getBean(QuestionSets.class).yamlOf(TEMPLATE), TEAMS);
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.put("barometer.mail.poll-interval", "1h");
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(properties))) {
            new InsightBenchmark(properties, context).run();
        }
        System.exit(0);
    }

    private void run() throws SQLException {
        seed.employees(110_000);
        List<UUID> small = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            small.add(seed.wave(1_000));
            waves.close(small.get(w));
        }
        time("trends by team, 10 closed waves × 1 000", () -> trends.trend(TEMPLATE, "stress", "team"));
        seed.deleteWaves();

        UUID first = seed.wave(100_000);
        time("results by team, open wave of 100 000 (live)", () -> results.results(first, "team"));
        time("results, whole wave of 100 000 (live)", () -> results.results(first, null));
        once("close a wave of 100 000 (store aggregates)", () -> waves.close(first));
        time("results by team, closed wave of 100 000 (stored)", () -> results.results(first, "team"));
        for (int w = 1; w < 10; w++) {
            UUID id = seed.wave(100_000);
            if (w == 3) {
                once("close a wave of 100 000 (aggregates and cross-products)", () -> waves.close(id));
                time("findings and drivers, 4 closed waves × 100 000, 50 teams", () -> {
                    FindingsInput input = findings.inputOf(id);
                    return List.of(Findings.of(input), Drivers.of(input));
                });
            } else {
                waves.close(id);
            }
        }
        time("trends by team, 10 closed waves × 100 000", () -> trends.trend(TEMPLATE, "stress", "team"));
        System.out.printf("%n%-52s %10s %10s%n", "operation", "median ms", "max ms");
        table.forEach(row -> System.out.printf("%-52s %10s %10s%n", (Object[]) row));
    }

    private void time(String what, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        long[] ms = new long[15];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        table.add(new String[] {what, String.valueOf(ms[ms.length / 2]), String.valueOf(ms[ms.length - 1])});
    }

    private void once(String what, Runnable call) {
        long start = System.nanoTime();
        call.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        table.add(new String[] {what, String.valueOf(ms), String.valueOf(ms)});
    }
}
