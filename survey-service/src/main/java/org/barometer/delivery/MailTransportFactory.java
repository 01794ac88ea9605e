package org.barometer.delivery;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.composer.MessageComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SMTP when BAROMETER_SMTP_HOST is set, otherwise .eml files: a trial needs no mail server. */
@Factory
class MailTransportFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransportFactory.class);

    @Singleton
    MailTransport mailTransport(@Nullable @Value("${javamail.properties.mail.smtp.host:}") String smtpHost,
                                BeanProvider<SessionProvider> sessions, MessageComposer composer, MailSettings settings) {
        if (smtpHost != null && !smtpHost.isBlank()) {
            LOG.info("Email goes through the SMTP server {}", smtpHost);
            return new SmtpMailTransport(sessions.get(), composer, settings);
        }
        LOG.info("No SMTP server configured (BAROMETER_SMTP_HOST): emails are written as .eml files under {}",
                settings.dir());
        return new FileMailTransport(composer, settings);
    }
}
