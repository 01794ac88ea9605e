package org.barometer.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.barometer.demo.DemoAnswers;
import org.barometer.demo.DemoOrganisation;
import org.barometer.demo.DemoPerson;
import org.barometer.directory.Employee;
import org.barometer.directory.EmployeeImporter;
import org.barometer.directory.EmployeeRepository;
import org.barometer.survey.Invitation;
import org.barometer.survey.InvitationRepository;
import org.barometer.survey.QuestionSets;
import org.barometer.survey.SurveyTokens;
import org.barometer.survey.WaveService;
import org.barometer.templates.Question;
import org.barometer.testing.DiskDatabase;
import org.barometer.testing.Jdbc;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.TestDatabase;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Submissions over HTTP against the packaged service on PostgreSQL, beside the database's own
 * ceiling for the same core work measured by pgbench in the same run; start-up of the embedded
 * default to its first answered request; resident memory after the load. Not a test. Run with
 * <pre>
 * ./mvnw -q -B -pl survey-service -am package -DskipTests
 * BAROMETER_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres BAROMETER_TEST_POSTGRES_USER=postgres \
 *   ./mvnw -q -B -pl survey-service exec:exec -Dexec.mainClass=org.barometer.bench.SubmissionLoadBenchmark \
 *   -Dexec.classpathScope=test
 * </pre>
 * The staff (the demo's generator at {@value #PEOPLE} people in 50 teams) is imported, three waves
 * opened and the tokens minted through the product's own services; each client then posts the
 * answers the demo's model gives, one distinct token per request, for {@value #SECONDS} s per level
 * (a closed loop), then at a steady {@value #PACED_PER_SECOND} answers a second (an open loop);
 * pgbench then runs the same levels and rate, and its latency percentiles come from its
 * per-transaction log.
 */
public final class SubmissionLoadBenchmark {

    static final int PEOPLE = 60_000;
    static final int SECONDS = 30;
    private static final int STARTS = 3;
    /** Long enough for the JIT: 30 s into the load it still took a sixth of the machine on a slow day. */
    private static final int WARM_UP_SECONDS = 30;
    private static final int[] LEVELS = {32, 64};
    /**
     * The open loop's steady rate: 60 000 people answering within four minutes, and well under
     * what the closed loop reaches on a slow day, so that its latency is the service's and not a queue's.
     */
    private static final int PACED_PER_SECOND = 250;
    /**
     * At most this many answers in flight in the open loop. It should not matter, and does on two
     * cores: pgbench's own p99 at a steady rate grows with its connections (7 ms with 16, 58–87 ms
     * with 64, on 2026-11-27), so both are measured.
     */
    private static final int[] PACED_CLIENTS = {16, 64};
    private static final String PASSWORD = "benchmark-admin-password";

    public static void main(String[] args) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        long startup = startupOfEmbeddedDefault(List.of());
        long startupCds = Files.exists(ServiceProcess.CDS_ARCHIVE)
                ? startupOfEmbeddedDefault(List.of("-XX:SharedArchiveFile=" + ServiceProcess.CDS_ARCHIVE)) : -1;
        Map<String, String> properties = new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        properties.put("barometer.mail.poll-interval", "1h");
        List<String> bodies = seed(properties);
        seedLastQuarter(properties);
        int pgbenchTokens = seedPgbench(properties);
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement()) {
            // The wave's 60 000 invitation emails would be rendered and written while the clients run,
            // measuring delivery beside the submissions: this measures the submissions alone.
            s.execute("DELETE FROM outbox_message");
            // The seeding's WAL (some 1 GB) would otherwise set off a checkpoint at a different moment
            // of the runs each time; with this one, the runs' own WAL decides when the next comes.
            s.execute("CHECKPOINT");
        }
        List<LoadRun.Result> runs = new ArrayList<>();
        List<long[]> cpu = new ArrayList<>();
        List<LoadRun.Result> paced = new ArrayList<>();
        long rss;
        Path log = Files.createTempFile("barometer-bench", ".log");
        try (ServiceProcess service = ServiceProcess.start(environment(properties), log)) {
            LoadRun load = new LoadRun(URI.create(service.url() + "/api/v1/responses"), bodies);
            // Long enough for the JIT to have compiled the request path (C2 was still busy after 5 s).
            load.run(32, Duration.ofSeconds(WARM_UP_SECONDS));
            long self = ProcessHandle.current().pid();
            String database = properties.get("datasources.default.url").replaceAll(".*/([^/?]+).*", "$1");
            for (int clients : LEVELS) {
                long[] before = {CpuTime.ofProcess(service.pid()), CpuTime.ofPostgres(database), CpuTime.ofProcess(self)};
                runs.add(load.run(clients, Duration.ofSeconds(SECONDS)));
                cpu.add(new long[] {CpuTime.ofProcess(service.pid()) - before[0], CpuTime.ofPostgres(database) - before[1],
                        CpuTime.ofProcess(self) - before[2]});
            }
            // Not on the closed loop's leftovers: the ballot box's backlog released first, as in the steady state.
            Jdbc.awaitReleased(properties);
            for (int clients : PACED_CLIENTS) {
                paced.add(load.paced(clients, PACED_PER_SECOND, Duration.ofSeconds(SECONDS)));
            }
            rss = service.residentMegabytes();
        }
        String url = properties.get("datasources.default.url");
        URI pg = URI.create(url.substring("jdbc:".length()));
        String database = pg.getPath().substring(1);
        List<Pgbench.Result> ceilings = new ArrayList<>();
        String user = properties.get("datasources.default.username");
        for (int clients : LEVELS) {
            ceilings.add(Pgbench.run(pg.getHost(), pg.getPort(), user, database, clients, SECONDS, 0));
        }
        List<Pgbench.Result> pacedCeilings = new ArrayList<>();
        for (int clients : PACED_CLIENTS) {
            pacedCeilings.add(Pgbench.run(pg.getHost(), pg.getPort(), user, database, clients, SECONDS, PACED_PER_SECOND));
        }
        long used = Jdbc.count(properties, "SELECT last_value FROM bench_token");
        print(cores, new long[] {startup, startupCds}, rss, runs, cpu, ceilings, used <= pgbenchTokens);
        printPaced(paced, pacedCeilings);
        System.exit(0);
    }

    private static void print(int cores, long[] startup, long rss, List<LoadRun.Result> runs, List<long[]> cpu,
                              List<Pgbench.Result> ceilings, boolean enoughTokens) {
        System.out.printf("%nSubmission benchmark, %s, %d cores, PostgreSQL%n", Instant.now(), cores);
        System.out.printf("%-8s %12s %9s %9s %8s %14s %10s %10s %7s%n", "clients", "submit/s", "p50 ms", "p99 ms", "errors",
                "pgbench tps", "pg p50 ms", "pg p99 ms", "ratio");
        for (int i = 0; i < runs.size(); i++) {
            LoadRun.Result r = runs.get(i);
            Pgbench.Result p = ceilings.get(i);
            System.out.printf("%-8d %12.0f %9.1f %9.1f %8d %14.0f %10.1f %10.1f %7.2f%s%n", r.clients(), r.perSecond(), r.p50(),
                    r.p99(), r.errors(), p.tps(), p.p50(), p.p99(), r.perSecond() / p.tps(),
                    r.exhausted() ? "  (tokens ran out)" : "");
        }
        System.out.printf("%nCPU per stored submission (ms; /proc utime+stime over each run; PostgreSQL: the backends of the benchmark database)%n");
        System.out.printf("%-8s %10s %12s %13s %28s%n", "clients", "service", "postgresql", "load client",
                "postgresql per pgbench tx");
        for (int i = 0; i < runs.size(); i++) {
            double done = Math.max(1, runs.get(i).done());
            System.out.printf("%-8d %10.2f %12.2f %13.2f %28.2f%n", runs.get(i).clients(), cpu.get(i)[0] / done,
                    cpu.get(i)[1] / done, cpu.get(i)[2] / done, ceilings.get(i).cpuMsPerTransaction());
        }
        System.out.printf("start-up of the embedded default to its first answered request (median of %d): "
                + "java -jar %d ms; with the build's class archive (-XX:SharedArchiveFile) %s%n", STARTS, startup[0],
                startup[1] < 0 ? "not built" : startup[1] + " ms");
        System.out.printf("resident memory of the service after the submission runs: %d MB%n", rss);
        if (!enoughTokens) {
            System.out.println("WARNING: pgbench consumed more tokens than seeded; its tps is overstated");
        }
    }

    private static void printPaced(List<LoadRun.Result> service, List<Pgbench.Result> database) {
        System.out.printf("%nSteady rate (open loop: answers due at %d a second, latency counted from when each was due)%n",
                PACED_PER_SECOND);
        System.out.printf("%-10s %10s %9s %9s %8s %14s %10s %10s%n", "clients", "submit/s", "p50 ms", "p99 ms", "errors",
                "pgbench tps", "pg p50 ms", "pg p99 ms");
        for (int i = 0; i < service.size(); i++) {
            LoadRun.Result r = service.get(i);
            Pgbench.Result p = database.get(i);
            System.out.printf("%-10d %10.0f %9.1f %9.1f %8d %14.0f %10.1f %10.1f%s%n", r.clients(), r.perSecond(), r.p50(),
                    r.p99(), r.errors(), p.tps(), p.p50(), p.p99(), r.exhausted() ? "  (tokens ran out)" : "");
        }
    }

    /**
     * The median of {@value #STARTS} first starts, each on an empty folder with nothing configured:
     * H2 under ./data, .eml files, a generated admin password.
     */
    private static long startupOfEmbeddedDefault(List<String> jvmOptions) throws Exception {
        long[] starts = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            Path home = Files.createTempDirectory("barometer-embedded");
            Map<String, String> none = Map.of("BAROMETER_MAIL_DIR", home.resolve("outbox").toString(),
                    "DATASOURCES_DEFAULT_URL", DiskDatabase.embeddedDefaultIn(home));
            try (ServiceProcess service = ServiceProcess.start(jvmOptions, none, home.resolve("service.log"))) {
                starts[i] = service.startupMillis();
            }
        }
        java.util.Arrays.sort(starts);
        return starts[STARTS / 2];
    }

    /** Staff, an open wave and one token per invitation through the product's services; returns one body per token. */
    private static List<String> seed(Map<String, String> properties) {
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(properties))) {
            DemoOrganisation organisation = DemoOrganisation.generate(7, PEOPLE, 50);
            context.getBean(EmployeeImporter.class).importCsv(organisation.csv(), false);
            WaveService waves = context.getBean(WaveService.class);
            // Three open waves (surveys at once, say a quarterly one and two pulses): a token each per
            // person, 180 000 in all, enough for the warm-up and both levels at 2 000 submissions a second.
            List<Invitation> invitations = new ArrayList<>();
            for (String label : List.of("2030-Q1", "2030-P1", "2030-P2")) {
                UUID wave = waves.create(label, "wellbeing-barometer", Instant.now().plus(Duration.ofDays(30)), 5).id();
                waves.open(wave);
                invitations.addAll(context.getBean(InvitationRepository.class).findByWaveId(wave));
            }
            java.util.Collections.shuffle(invitations, new Random(7));
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            Map<UUID, String> tokens = tx.executeWrite(status ->
                    context.getBean(SurveyTokens.class).mint(invitations.stream().map(Invitation::id).toList()));
            Map<String, DemoPerson> byEmail = organisation.people().stream()
                    .collect(Collectors.toMap(DemoPerson::email, p -> p));
            Map<UUID, DemoPerson> byEmployee = new HashMap<>();
            for (Employee e : context.getBean(EmployeeRepository.class).findAll()) {
                byEmployee.put(e.id(), byEmail.get(e.email()));
            }
            QuestionSets sets = context.getBean(QuestionSets.class);
            List<Question> questions = sets.parse(sets.yamlOf("wellbeing-barometer"), "wellbeing-barometer").questions();
            DemoAnswers model = new DemoAnswers(7);
            Random random = new Random(7);
            List<String> bodies = new ArrayList<>();
            for (Invitation invitation : invitations) {
                String answers = model.ratings(byEmployee.get(invitation.employeeId()), 0, questions, random).entrySet()
                        .stream().map(a -> "\"" + a.getKey() + "\":" + a.getValue()).collect(Collectors.joining(","));
                bodies.add("{\"token\":\"" + tokens.get(invitation.id()) + "\",\"answers\":{" + answers + "}}");
            }
            return bodies;
        }
    }

    /**
     * The previous quarter's answers, closed (three in four of the staff, in SQL): a service in use
     * has them, and PostgreSQL plans its foreign-key checks on {@code response} for a table of that
     * size. On an empty table it plans a sequential scan, and the pool's connections keep that
     * plan while the table grows under the load, which no installation past its first wave sees.
     */
    private static void seedLastQuarter(Map<String, String> properties) throws Exception {
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_last_quarter AS SELECT gen_random_uuid() AS id");
            s.execute("INSERT INTO wave (id, label, template_key, status, anonymity_threshold, opened_at, closed_at, created_at) "
                    + "SELECT id, '2029-Q4', 'wellbeing-barometer', 'CLOSED', 5, now() - interval '90 days', "
                    + "now() - interval '60 days', now() - interval '90 days' FROM bench_last_quarter");
            s.execute("INSERT INTO wave_profile (id, wave_id, invited, responded) SELECT id, id, 0, 0 FROM bench_last_quarter");
            s.execute("INSERT INTO response (id, wave_id, profile_id) SELECT gen_random_uuid(), q.id, q.id FROM employee e "
                    + "CROSS JOIN bench_last_quarter q WHERE random() < 0.75");
            s.execute("INSERT INTO response_answer (response_id, question_key, answer) "
                    + "SELECT r.id, k.key, 1 + floor(random() * 5)::int FROM response r JOIN bench_last_quarter q ON q.id = r.wave_id "
                    + "CROSS JOIN (VALUES ('stress'), ('clarity'), ('interruptions'), ('autonomy'), ('workload'), ('support')) k(key)");
        }
    }

    /** Invitations for pgbench (token hash = md5 of 1, 2, 3…) in waves of their own, made in SQL. */
    private static int seedPgbench(Map<String, String> properties) throws Exception {
        int waves = 6;
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_wave AS SELECT gen_random_uuid() AS id FROM generate_series(1, " + waves + ")");
            s.execute("INSERT INTO wave (id, label, template_key, status, anonymity_threshold, opened_at, created_at) "
                    + "SELECT id, 'pgbench', 'wellbeing-barometer', 'OPEN', 5, now(), now() FROM bench_wave");
            s.execute("INSERT INTO wave_profile (id, wave_id, invited, responded) SELECT id, id, 0, 0 FROM bench_wave");
            s.execute("INSERT INTO invitation (id, wave_id, employee_id, locale, responded, profile_id) "
                    + "SELECT gen_random_uuid(), w.id, e.id, 'en', FALSE, w.id FROM bench_wave w CROSS JOIN employee e");
            s.execute("INSERT INTO invitation_token (token_hash, invitation_id) SELECT md5(CAST(row_number() OVER () AS text)), i.id "
                    + "FROM invitation i JOIN bench_wave w ON w.id = i.wave_id");
            s.execute("CREATE SEQUENCE bench_token");
            s.execute("ANALYZE");
        }
        return waves * PEOPLE;
    }

    private static Map<String, String> environment(Map<String, String> properties) {
        return Map.of("DATASOURCES_DEFAULT_URL", properties.get("datasources.default.url"),
                "DATASOURCES_DEFAULT_USERNAME", properties.get("datasources.default.username"),
                "DATASOURCES_DEFAULT_PASSWORD", properties.get("datasources.default.password"),
                "BAROMETER_RATE_LIMIT_REQUESTS", "0", "BAROMETER_MAIL_POLL_INTERVAL", "1h",
                "BAROMETER_MAIL_DIR", ServiceProperties.tempDir("bench-outbox").toString(),
                "BAROMETER_ADMIN_PASSWORD", PASSWORD);
    }
}
