package org.barometer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service as a separate JVM ({@code java -cp <test classpath> org.barometer.Application}),
 * configured by system properties, so a test can kill it as abruptly as a power cut would
 * ({@link #kill()}: SIGKILL, no shutdown hook runs). Its output goes to a file shown on failure.
 */
public final class ServiceProcess {

    private final Process process;
    private final Path log;
    private final URL url;

    private ServiceProcess(Process process, Path log, URL url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts the service on {@code port} and waits until it answers {@code /health}. */
    public static ServiceProcess start(Map<String, String> properties, int port, Duration timeout) {
        return start(List.of(), properties, port, timeout);
    }

    /** The same, with options for the JVM (e.g. {@code -XX:TieredStopAtLevel=1}). */
    public static ServiceProcess start(List<String> jvmOptions, Map<String, String> properties, int port, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dmicronaut.server.port=" + port);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("org.barometer.Application");
        try {
            Path log = Files.createTempFile("barometer-process", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(process, log, URI.create("http://127.0.0.1:" + port).toURL());
            service.awaitHealthy(timeout);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URL url() {
        return url;
    }

    /** SIGKILL: the JVM stops at once, in the middle of whatever it was doing. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines the service wrote, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The service process exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpURLConnection health = (HttpURLConnection) new URL(url, "/health").openConnection();
                if (health.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            BarometerApi.sleep(200);
        }
        kill();
        throw new AssertionError("The service process did not answer /health within " + timeout + ":\n" + logTail());
    }
}
