package org.barometer.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The program form of {@code /hr/programs} read into the API's settings. A blank field is left
 * null (kept on an edit, the default on a creation); a number that does not read becomes -1 so
 * that {@link ProgramRules} names the field, exactly as it does for the API. The audience is
 * left as it is (it is set through the API).
 */
final class ProgramForm {

    private ProgramForm() {
    }

    static ProgramSettings read(Map<String, String> form) {
        return new ProgramSettings(text(form, "name"), text(form, "template"), null, text(form, "openOn"),
                number(form, "openDays"), days(form.get("reminderDays")), number(form, "anonymityThreshold"), null,
                text(form, "timezone"));
    }

    private static String text(Map<String, String> form, String field) {
        String value = form.getOrDefault(field, "").trim();
        return value.isEmpty() ? null : value;
    }

    private static Integer number(Map<String, String> form, String field) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "3, 7" → [3, 7]; blank → no reminder. */
    private static List<Integer> days(String text) {
        List<Integer> days = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return days;
        }
        Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).forEach(s -> {
            try {
                days.add(Integer.valueOf(s));
            } catch (NumberFormatException e) {
                days.add(-1);
            }
        });
        return days;
    }
}
