package org.barometer.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * Whom employees may ask about their data (section {@code barometer.privacy}), shown on the data
 * protection page when set.
 *
 * @param controller the data controller, in words: usually the employer's legal name and address
 *                   (BAROMETER_PRIVACY_CONTROLLER)
 * @param contact    the data protection officer or another contact: an address, an email
 *                   (BAROMETER_PRIVACY_CONTACT)
 */
@ConfigurationProperties("barometer.privacy")
record PrivacySettings(@Nullable String controller, @Nullable String contact) {

    Optional<String> controllerText() {
        return present(controller);
    }

    Optional<String> contactText() {
        return present(contact);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
