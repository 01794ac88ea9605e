package org.barometer.delivery;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The mail session of this application context. Micronaut Email's default takes
 * {@code Session.getDefaultInstance}, which the first caller fixes for the whole JVM: a second
 * context in the same JVM (two instances in one test run, a test after another) would silently
 * reach the first one's SMTP server. Same properties and authentication, a session of our own.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
@Requires(beans = MailPropertiesProvider.class)
class MailSessionProvider implements SessionProvider {

    private final Session session;

    MailSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        Properties mail = properties.mailProperties();
        if (authenticator != null && !mail.containsKey("mail.smtp.auth")) {
            mail.setProperty("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(mail, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }
}
