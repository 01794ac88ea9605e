package org.barometer.delivery;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** With no SMTP server configured, the invitations are .eml files in the outbox folder; the service runs on H2. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmlOutboxIntegrationTest extends InvitationDeliveryIntegrationTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @BeforeEach
    void emptyOutboxFolder() throws IOException {
        try (Stream<Path> files = Files.list(outbox())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Override
    protected List<ReceivedEmail> receivedEmails() {
        return ReceivedEmail.inFolder(outbox());
    }

    private Path outbox() {
        return Path.of(property("barometer.mail.dir"));
    }
}
