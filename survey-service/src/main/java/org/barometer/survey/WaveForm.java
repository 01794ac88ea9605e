package org.barometer.survey;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "new wave" form of {@code /hr/waves} as typed: checked field by field so the page can say
 * in the reader's language what to fix (the API's messages are for developers).
 *
 * @param problems by field, the key of the page text naming what is wrong; empty when the form is valid
 */
record WaveForm(String label, String template, Instant closesAt, Integer threshold, Map<String, String> problems) {

    static WaveForm read(Map<String, String> form, ZoneId zone, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        String label = form.getOrDefault("label", "").trim();
        if (label.isEmpty() || label.length() > 40) {
            problems.put("label", "waves.error.label");
        }
        Instant closesAt = null;
        String closes = form.getOrDefault("closesOn", "").trim();
        if (!closes.isEmpty()) {
            try {
                // Open until the end of the chosen day where the organisation is.
                closesAt = LocalDate.parse(closes).atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
                if (!closesAt.isAfter(now)) {
                    problems.put("closesOn", "waves.error.closes-past");
                }
            } catch (DateTimeException e) {
                problems.put("closesOn", "waves.error.closes-format");
            }
        }
        Integer threshold = null;
        try {
            threshold = Integer.valueOf(form.getOrDefault("threshold", "5").trim());
            if (threshold < 3 || threshold > 100) {
                problems.put("threshold", "waves.error.threshold");
            }
        } catch (NumberFormatException e) {
            problems.put("threshold", "waves.error.threshold");
        }
        return new WaveForm(label, form.getOrDefault("template", "").trim(), closesAt, threshold, Collections.unmodifiableMap(problems));
    }
}
