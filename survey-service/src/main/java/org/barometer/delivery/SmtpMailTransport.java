package org.barometer.delivery;

import io.micronaut.email.EmailSender;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/** Sends through the SMTP server named by BAROMETER_SMTP_HOST (Micronaut Email over Jakarta Mail). */
class SmtpMailTransport implements MailTransport {

    private final EmailSender<?, ?> sender;
    private final MailSettings settings;

    SmtpMailTransport(EmailSender<?, ?> sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public void send(String recipient, RenderedMail mail) throws MailFailure {
        try {
            sender.send(EmailFactory.build(settings.from(), recipient, mail));
        } catch (RuntimeException e) {
            throw new MailFailure(describe(e), isPermanent(e), e);
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
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 480 ? message.substring(0, 480) : message;
    }
}
