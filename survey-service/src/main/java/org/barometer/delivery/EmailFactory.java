package org.barometer.delivery;

import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;

/** The one place that turns a rendered mail into Micronaut Email's model, for both transports. */
final class EmailFactory {

    private EmailFactory() {
    }

    static Email.Builder build(String from, String recipient, RenderedMail mail) {
        return Email.builder()
                .from(from)
                .to(recipient)
                .subject(mail.subject())
                .body(new MultipartBody(mail.html(), mail.text()));
    }
}
