package org.barometer.templates;

import java.util.regex.Pattern;

/** French puts a space before ? ! : ; that must be a no-break one, or the sign can start a line. */
final class FrenchTypography {

    private static final Pattern BREAKABLE_SPACE_BEFORE = Pattern.compile(" [?!:;»]|« ");

    private FrenchTypography() {
    }

    static boolean breaksBeforePunctuation(String text) {
        return BREAKABLE_SPACE_BEFORE.matcher(text).find();
    }
}
