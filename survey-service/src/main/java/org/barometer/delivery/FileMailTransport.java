package org.barometer.delivery;

import io.micronaut.email.javamail.composer.MessageComposer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The embedded default: with no SMTP server configured, each email becomes an {@code .eml} file
 * under BAROMETER_MAIL_DIR (./data/outbox), which any mail program opens. Written to a temporary
 * name and moved, so a reader never sees half a message. Each file holds a personal survey link,
 * with which anyone could answer in that person's name: files are the service user's alone
 * (0600), and so are the folders it creates (0700), whatever the umask.
 */
class FileMailTransport implements MailTransport {

    private final MessageComposer composer;
    private final MailSettings settings;
    private final Path dir;
    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
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
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
            var message = composer.compose(EmailFactory.build(settings.from(), recipient, mail).build(),
                    session);
            String safe = recipient.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@._-]", "_");
            Path target = dir.resolve(safe + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml");
            Path temp = dir.resolve("." + target.getFileName() + ".tmp");
            if (posix) {
                // Created with its permissions rather than changed afterwards: never readable by others, even for a moment.
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                message.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new MailFailure("Could not write " + dir + ": " + e.getMessage(), false, e);
        }
    }
}
