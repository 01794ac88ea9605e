package org.barometer.delivery;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.composer.MessageComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import io.micronaut.context.annotation.Prototype;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SMTP when BAROMETER_SMTP_HOST is set, otherwise .eml files: a trial needs no mail server. */
@Factory
class MailTransportFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransportFactory.class);

    private boolean announced;

    /** A new transport for each delivery worker: an SMTP connection serves one sender at a time. */
    @Prototype
    MailTransport mailTransport(@Nullable @Value("${javamail.properties.mail.smtp.host:}") String smtpHost,
                                BeanProvider<SessionProvider> sessions, MessageComposer composer, MailSettings settings) {
        if (smtpHost != null && !smtpHost.isBlank()) {
            announce("Email goes through the SMTP server {}", smtpHost);
            return new SmtpMailTransport(sessions.get(), composer, settings);
        }
        announce("No SMTP server configured (BAROMETER_SMTP_HOST): emails are written as .eml files under {}",
                settings.dir());
        return new FileMailTransport(composer, settings);
    }

    /** Says once, not once per delivery worker, where email goes. */
    private synchronized void announce(String message, String where) {
        if (!announced) {
            LOG.info(message, where);
            announced = true;
        }
    }
}
