package org.barometer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The database's own ceiling for a submission's core work, measured by {@code pgbench}: in one
 * transaction, consume one invitation found by its token hash and drop its answer into the ballot
 * box. (The service also releases the ballot box into the response tables in the background, and
 * runs HTTP; pgbench does not, so the ratio is a lower bound of how close the service comes.)
 */
final class Pgbench {

    static final String SCRIPT = """
            SELECT nextval('bench_token') AS n \\gset
            BEGIN;
            WITH consumed AS (UPDATE invitation SET responded = TRUE WHERE id = (SELECT invitation_id FROM invitation_token WHERE token_hash = md5(CAST(:n AS text))) AND NOT responded RETURNING wave_id, profile_id)
            INSERT INTO ballot (id, wave_id, profile_id, answers) SELECT gen_random_uuid(), wave_id, profile_id, 'autonomy=' || (1 + floor(random() * 5)::int) || ';clarity=3;interruptions=2;stress=4;support=5;workload=1' FROM consumed;
            COMMIT;
            """;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** Throughput, latency (p50/p99 from pgbench's per-transaction log) and backend CPU. */
    record Result(int clients, double tps, double p50, double p99, double cpuMsPerTransaction) {
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

    /**
     * @param rate transactions a second for an open loop ({@code -R}: each is due at its scheduled
     *             time, and its latency counts from then), or 0 for a closed loop
     */
    static Result run(String host, int port, String user, String database, int clients, int seconds, int rate)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("submission", ".sql");
        Files.writeString(script, SCRIPT);
        Path logs = Files.createTempDirectory("pgbench-log");
        // -l: one line per transaction, a file per pgbench thread.
        List<String> command = new ArrayList<>(List.of(executable(), "-n", "-h", host, "-p", String.valueOf(port), "-U", user,
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-l",
                "--log-prefix=" + logs.resolve("tx"), "-f", script.toString()));
        if (rate > 0) {
            command.addAll(List.of("-R", String.valueOf(rate)));
        }
        command.add(database);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
        if (!tps.find()) {
            throw new IllegalStateException("unexpected pgbench output:\n" + output);
        }
        double perSecond = Double.parseDouble(tps.group(1));
        long[] nanos = transactionTimes(logs);
        return new Result(clients, perSecond, LoadRun.percentile(nanos, 0.50),
                LoadRun.percentile(nanos, 0.99), cpu / (perSecond * (seconds - 3)));
    }

    /**
     * Every transaction's latency (ns, sorted) from the per-thread logs, which are then deleted: a
     * line's third field, in µs, counted from the transaction's scheduled start (with {@code -R},
     * so it includes the lag the seventh field repeats; without it, from its actual start).
     */
    private static long[] transactionTimes(Path logs) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.toList();
        }
        LongStream.Builder times = LongStream.builder();
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file)) {
                lines.forEach(line -> times.add(Long.parseLong(line.split(" ")[2]) * 1_000));
            }
            Files.delete(file);
        }
        Files.delete(logs);
        return times.build().sorted().toArray();
    }
}
