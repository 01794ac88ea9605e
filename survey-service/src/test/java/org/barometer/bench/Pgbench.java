package org.barometer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own ceiling for a submission's core work, measured by {@code pgbench}: in one
 * transaction, consume one invitation found by its token hash and insert one response with its six
 * answers. (The service also copies the segment attributes and counts the live counters; pgbench
 * does not, so the ratio is a lower bound of how close the service comes.)
 */
final class Pgbench {

    static final String SCRIPT = """
            SELECT nextval('bench_token') AS n \\gset
            BEGIN;
            WITH consumed AS (UPDATE invitation SET responded = TRUE WHERE id = (SELECT invitation_id FROM invitation_token WHERE token_hash = md5(CAST(:n AS text))) AND NOT responded RETURNING wave_id),
                 r AS (INSERT INTO response (id, wave_id) SELECT gen_random_uuid(), wave_id FROM consumed RETURNING id)
            INSERT INTO response_answer (response_id, question_key, answer) SELECT r.id, q.k, 1 + floor(random() * 5)::int FROM r CROSS JOIN (VALUES ('stress'), ('clarity'), ('interruptions'), ('autonomy'), ('workload'), ('support')) q(k);
            COMMIT;
            """;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    record Result(int clients, double tps, double averageMs, double cpuMsPerTransaction) {
    }

    private Pgbench() {
    }

    static String executable() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("pgbench not found (Debian: apt-get install postgresql-client)");
    }

    static Result run(String host, int port, String user, String database, int clients, int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("submission", ".sql");
        Files.writeString(script, SCRIPT);
        Process process = new ProcessBuilder(executable(), "-n", "-h", host, "-p", String.valueOf(port), "-U", user,
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(), database)
                .redirectErrorStream(true).start();
        // The backends' CPU from 2 s in to 1 s before the end (they are gone once pgbench stops).
        Thread.sleep(2_000);
        long cpuBefore = CpuTime.ofPostgres(database);
        Thread.sleep((seconds - 3) * 1_000L);
        long cpu = CpuTime.ofPostgres(database) - cpuBefore;
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("unexpected pgbench output:\n" + output);
        }
        double perSecond = Double.parseDouble(tps.group(1));
        return new Result(clients, perSecond, Double.parseDouble(latency.group(1)), cpu / (perSecond * (seconds - 3)));
    }
}
