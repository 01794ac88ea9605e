package org.barometer.delivery;

import com.google.common.base.Throwables;
import io.micronaut.email.javamail.composer.MessageComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Sends through the SMTP server named by BAROMETER_SMTP_HOST (Jakarta Mail, messages composed by
 * Micronaut Email). One connection carries a whole delivery round: opening one per message costs
 * about 50 ms against a local server, against 2 ms per message on an open connection. Any
 * failure drops the connection, so the next message starts on a fresh one.
 */
class SmtpMailTransport implements MailTransport {

    private final Session session;
    private final MessageComposer composer;
    private final MailSettings settings;
    private Transport connection;

    SmtpMailTransport(SessionProvider sessions, MessageComposer composer, MailSettings settings) {
        this.session = sessions.session();
        this.composer = composer;
        this.settings = settings;
    }

    @Override
    public synchronized void send(String recipient, RenderedMail mail) throws MailFailure {
        try {
            Message message = composer.compose(EmailFactory.build(settings.from(), recipient, mail).build(), session);
            message.saveChanges();
            if (connection != null) {
                try {
                    connection.sendMessage(message, message.getAllRecipients());
                    return;
                } catch (MessagingException e) {
                    if (isPermanent(e)) {
                        throw e;
                    }
                    // The server may have closed a connection left idle (a slow, throttled round): once more on a new one.
                    endRound();
                }
            }
            connection = session.getTransport("smtp");
            connection.connect();
            connection.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            endRound();
            throw new MailFailure(describe(e), isPermanent(e), e);
        }
    }

    @Override
    public synchronized void endRound() {
        if (connection != null) {
            try {
                connection.close();
            } catch (MessagingException ignored) {
                // The server may already have dropped it: nothing is lost, the next round reconnects.
            }
            connection = null;
        }
    }

    /** A 5xx refusal of the address is final; anything else (server down, timeout, 4xx) may pass later. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException refused) {
                return refused.getReturnCode() >= 500;
            }
            if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0 && sendFailed.getNextException() == null) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = Throwables.getRootCause(failure);
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 480 ? message.substring(0, 480) : message;
    }
}
