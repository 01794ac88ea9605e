package org.barometer.survey;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "new wave" form of {@code /hr/waves} as typed: checked field by field so the page can say
 * in the reader's language what to fix (the API's messages are for developers).
 *
 * @param problems keys of the page texts naming what is wrong; empty when the form is valid
 */
record WaveForm(String label, String template, Instant closesAt, Integer threshold, List<String> problems) {

    static WaveForm read(Map<String, String> form, ZoneId zone, Instant now) {
        List<String> problems = new ArrayList<>();
        String label = form.getOrDefault("label", "").trim();
        if (label.isEmpty() || label.length() > 40) {
            problems.add("waves.error.label");
        }
        Instant closesAt = null;
        String closes = form.getOrDefault("closesOn", "").trim();
        if (!closes.isEmpty()) {
            try {
                // Open until the end of the chosen day where the organisation is.
                closesAt = LocalDate.parse(closes).atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
                if (!closesAt.isAfter(now)) {
                    problems.add("waves.error.closes-past");
                }
            } catch (DateTimeException e) {
                problems.add("waves.error.closes-format");
            }
        }
        Integer threshold = null;
        try {
            threshold = Integer.valueOf(form.getOrDefault("threshold", "5").trim());
            if (threshold < 3 || threshold > 100) {
                problems.add("waves.error.threshold");
            }
        } catch (NumberFormatException e) {
            problems.add("waves.error.threshold");
        }
        return new WaveForm(label, form.getOrDefault("template", "").trim(), closesAt, threshold, List.copyOf(problems));
    }
}
