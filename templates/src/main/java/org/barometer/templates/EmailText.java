package org.barometer.templates;

/**
 * A rendered plain-text email split into its subject and body. The subject lives in the text
 * template's first line ({@code Subject: …}) so that whoever customises an email changes its
 * subject in the same file, in the same language, with the same variables.
 */
public record EmailText(String subject, String body) {

    static final String PREFIX = "Subject:";

    /**
     * Splits a rendered {@code .txt} template: the first line, without {@code Subject:}, is the
     * subject; the body is the rest, without the blank lines that separate it from the subject.
     *
     * @throws IllegalArgumentException if the first line is not a non-empty subject line
     */
    public static EmailText split(String renderedText) {
        int end = renderedText.indexOf('\n');
        String first = (end < 0 ? renderedText : renderedText.substring(0, end)).strip();
        String subject = first.startsWith(PREFIX) ? first.substring(PREFIX.length()).strip() : "";
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("an email text must start with a line 'Subject: …', found '" + first + "'");
        }
        String body = end < 0 ? "" : renderedText.substring(end + 1).replaceFirst("^(\\s*\\R)+", "");
        return new EmailText(subject, body);
    }
}
