package org.barometer.delivery;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The invitations go through a real SMTP server (GreenMail), with the service on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpDeliveryIntegrationTest extends InvitationDeliveryIntegrationTest {

    private GreenMail smtp;

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    /**
     * Started here rather than by GreenMail's JUnit extension: the service reads the SMTP port when
     * its context starts, which happens before the extensions of the test class have run.
     */
    @Override
    protected Map<String, String> extraProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        String host = "0.0.0.0".equals(smtp.getSmtp().getBindTo()) ? "127.0.0.1" : smtp.getSmtp().getBindTo();
        return Map.of("javamail.properties.mail.smtp.host", host,
                "javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
    }

    @BeforeEach
    void emptyMailboxes() throws FolderException {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Override
    protected List<ReceivedEmail> receivedEmails() {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedEmail::of).toList();
    }
}
