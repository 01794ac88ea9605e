package org.barometer.analytics.report;

import java.util.Arrays;
import java.util.List;
import org.barometer.templates.TemplateSource;

/**
 * Times the leadership PDF alone, warm, for a generated organisation of 50 teams × 6 questions
 * over 5 waves with its findings (computed once, before timing: the service hands them over).
 * No database, no service: the figures are ready, only the rendering is measured. Not a test:
 * surefire never runs it. Run with
 * <pre>
 * ./mvnw -q -B -pl analytics test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   "-Dexec.args=-classpath %classpath org.barometer.analytics.report.ReportRenderBenchmark"
 * </pre>
 * (the arguments given whole: the Micronaut parent's own would stop the JIT at C1, which is not
 * how the service runs).
 */
public final class ReportRenderBenchmark {

    private static final int TEAMS = 50;
    private static final int WARM_UP = 10;
    private static final int RUNS = 21;

    private ReportRenderBenchmark() {
    }

    public static void main(String[] args) {
        LeadershipReport report = new LeadershipReport(TemplateSource.classpathOnly());
        System.out.printf("%n%d teams × 6 questions, 5 waves, %d cores%n", TEAMS, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-40s %6s %10s %10s %10s%n", "operation", "pages", "median ms", "min ms", "max ms");
        for (String lang : List.of("fr", "en")) {
            ReportInput input = GeneratedOrganisation.of(TEAMS, lang, 7);
            int pages = PdfText.pages(report.pdf(input, lang));
            print("HTML: view, charts, template (" + lang + ")", pages, time(() -> report.html(input, lang)));
            print("PDF from the figures (" + lang + ", warm)", pages, time(() -> report.pdf(input, lang)));
        }
    }

    /** @return the sorted times in ms of {@value #RUNS} calls after {@value #WARM_UP} untimed ones */
    private static long[] time(Runnable call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void print(String what, int pages, long[] ms) {
        System.out.printf("%-40s %6d %10d %10d %10d%n", what, pages, ms[RUNS / 2], ms[0], ms[RUNS - 1]);
    }
}
