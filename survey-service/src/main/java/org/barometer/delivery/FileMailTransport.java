package org.barometer.delivery;

import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The embedded default: with no SMTP server configured, each email becomes an {@code .eml} file
 * under BAROMETER_MAIL_DIR (./data/outbox), which any mail program opens. Written to a temporary
 * name and moved, so a reader never sees half a message.
 */
class FileMailTransport implements MailTransport {

    private final MessageComposer composer;
    private final MailSettings settings;
    private final Path dir;
    // One session for every file: Session.getInstance looks its providers up on the class path,
    // which cost more than writing the message.
    private final Session session = Session.getInstance(new Properties());

    FileMailTransport(MessageComposer composer, MailSettings settings) {
        this.composer = composer;
        this.settings = settings;
        this.dir = Path.of(settings.dir());
    }

    @Override
    public void send(String recipient, RenderedMail mail) throws MailFailure {
        try {
            Files.createDirectories(dir);
            var message = composer.compose(EmailFactory.build(settings.from(), recipient, mail).build(),
                    session);
            String safe = recipient.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_");
            Path target = dir.resolve(safe + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml");
            Path temp = dir.resolve("." + target.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new MailFailure("Could not write " + dir + ": " + e.getMessage(), false, e);
        }
    }
}
