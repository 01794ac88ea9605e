package org.barometer.templates;

import java.util.List;

/**
 * The emails the service sends, each an HTML and a plain-text Thymeleaf template per locale,
 * e.g. {@code email/invitation_fr.html} and {@code email/invitation_fr.txt}.
 */
public enum EmailTemplate {
    /** Sent when a wave opens. */
    INVITATION("invitation"),
    /** Sent only to people whose link is still unused; the server alone decides who. */
    REMINDER("reminder");

    /**
     * What the templates may use; the service puts each in the Thymeleaf context. {@code name}
     * and {@code organisation} may be empty strings; {@code closesAt} is already formatted;
     * {@code privacyLink} is the data protection page in the email's language.
     */
    public static final List<String> VARIABLES =
            List.of("name", "link", "waveLabel", "closesAt", "threshold", "organisation", "questionCount", "privacyLink");

    private final String baseName;

    EmailTemplate(String baseName) {
        this.baseName = baseName;
    }

    /** Rendered in Thymeleaf HTML mode. */
    public String htmlPath(String locale) {
        return path(locale, "html");
    }

    /** Rendered in Thymeleaf TEXT mode; its first line is the subject, see {@link EmailText}. */
    public String textPath(String locale) {
        return path(locale, "txt");
    }

    private String path(String locale, String extension) {
        if (!Locales.SUPPORTED.contains(locale)) {
            throw new IllegalArgumentException("unsupported locale '" + locale + "' (supported: " + Locales.SUPPORTED + ")");
        }
        return "email/" + baseName + "_" + locale + "." + extension;
    }
}
