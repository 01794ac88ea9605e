package org.barometer.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged service started as its own process, as an operator runs it: {@code java -jar}. */
final class ServiceProcess implements AutoCloseable {

    /** The shaded jar, whether this runs from the repository root or from survey-service. */
    /** The class-data-sharing archive the build writes beside the jar (pom: cds-archive). */
    static final Path CDS_ARCHIVE = Files.exists(Path.of("survey-service/target/barometer.jsa"))
            ? Path.of("survey-service/target/barometer.jsa").toAbsolutePath()
            : Path.of("target/barometer.jsa").toAbsolutePath();
    static final Path JAR = Files.exists(Path.of("survey-service/target/survey-service-0.1.0-SNAPSHOT.jar"))
            ? Path.of("survey-service/target/survey-service-0.1.0-SNAPSHOT.jar").toAbsolutePath()
            : Path.of("target/survey-service-0.1.0-SNAPSHOT.jar").toAbsolutePath();

    private final Process process;
    private final int port;
    private final long startupMillis;

    private ServiceProcess(Process process, int port, long startupMillis) {
        this.process = process;
        this.port = port;
        this.startupMillis = startupMillis;
    }

    /** Starts the jar with these environment variables and waits for its first answered request. */
    static ServiceProcess start(Map<String, String> environment, Path log) throws IOException, InterruptedException {
        return start(List.of(), environment, log);
    }

    /** The same, with these JVM options before {@code -jar}. */
    static ServiceProcess start(List<String> jvmOptions, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run ./mvnw -pl survey-service -am package -DskipTests");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        // Extra JVM options for the service only, e.g. -Dbench.serviceJvm=-XX:StartFlightRecording=filename=x.jfr
        String extra = System.getProperty("bench.serviceJvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServiceProcess(process, port, (System.nanoTime() - start) / 1_000_000);
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            if (!process.isAlive() || System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                throw new IllegalStateException("the service did not start; see " + log);
            }
            Thread.sleep(20);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    long startupMillis() {
        return startupMillis;
    }

    /** Resident memory of the process (VmRSS), in MB. */
    long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
