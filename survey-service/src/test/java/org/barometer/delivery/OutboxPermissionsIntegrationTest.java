package org.barometer.delivery;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The .eml outbox holds every personal survey link: only the service's own user may read it. The
 * outbox folder does not exist before the first email, so the service creates it (and its parent).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxPermissionsIntegrationTest extends ServiceTest {

    private final Path parent = ServiceProperties.tempDir("outbox-parent").resolve("not-there-yet");

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.mail.dir", parent.resolve("outbox").toString());
    }

    @Test
    void everyEmailFileAndEveryFolderTheServiceCreatesIsItsUsersAlone() throws IOException {
        api.importCsv(Staff.team("Sales", 6), false);
        api.awaitDelivered(api.openedWave("2026-Q4", 5), Duration.ofSeconds(20));

        Path outbox = parent.resolve("outbox");
        List<Path> files;
        try (Stream<Path> listed = Files.list(outbox)) {
            files = listed.toList();
        }
        assertEquals(6, files.size(), files.toString());
        for (Path file : files) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox)), "the outbox");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(parent)), "its parent");
        assertFalse(files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
}
