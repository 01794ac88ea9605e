package org.barometer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Service processes started one after another, or side by side, on one database that outlives
 * them ({@link DiskDatabase}); each on a port of its own, each killed at the end if the test has not.
 */
public final class ServiceProcesses implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(120);
    /**
     * The client compiler only: a start then costs 8–11 s of CPU instead of 15–16 (measured on a
     * busy 2-core machine), and these tests start the service several times; what they check is
     * what is stored, not how fast.
     */
    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private final Map<String, String> properties;
    private final List<ServiceProcess> alive = new ArrayList<>();

    public ServiceProcesses(Map<String, String> properties) {
        this.properties = new HashMap<>(properties);
        this.properties.remove("micronaut.server.port");
    }

    /** The properties every process gets (the database, the outbox folder, the admin). */
    public Map<String, String> properties() {
        return Map.copyOf(properties);
    }

    /** Starts a process with the common properties and {@code overrides}; returns once it answers /health. */
    public ServiceProcess start(Map<String, String> overrides) {
        Map<String, String> these = new HashMap<>(properties);
        these.putAll(overrides);
        ServiceProcess process = ServiceProcess.start(QUICK_START, these, freePort(), START);
        alive.add(process);
        return process;
    }

    /** SIGKILL, see {@link ServiceProcess#kill()}. */
    public void kill(ServiceProcess process) {
        process.kill();
        alive.remove(process);
    }

    @Override
    public void close() {
        List.copyOf(alive).forEach(this::kill);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
