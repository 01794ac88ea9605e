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
 * in the reader's language what to fix (the API's messages are for developers). The threshold's
 * range is {@link ThresholdRange}'s; {@link #THRESHOLD_PROBLEM} is said with its floor and highest.
 *
 * @param problems by field, the key of the page text naming what is wrong; empty when the form is valid
 */
record WaveForm(String label, String template, Instant closesAt, Integer threshold, Map<String, String> problems) {

    static final String THRESHOLD_PROBLEM = "waves.error.threshold";

    static WaveForm read(Map<String, String> form, ZoneId zone, Instant now, ThresholdRange thresholds) {
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
        String typed = form.getOrDefault("threshold", "").trim();
        try {
            threshold = typed.isEmpty() ? null : Integer.valueOf(typed);
            if (threshold != null && thresholds.problem(threshold).isPresent()) {
                problems.put("threshold", THRESHOLD_PROBLEM);
            }
        } catch (NumberFormatException e) {
            problems.put("threshold", THRESHOLD_PROBLEM);
        }
        return new WaveForm(label, form.getOrDefault("template", "").trim(), closesAt, threshold, Collections.unmodifiableMap(problems));
    }
}
