package org.barometer.insight;

import org.barometer.analytics.chart.ChartSize;
import org.barometer.system.ProblemException;
import org.barometer.templates.Locales;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Checks the query parameters of the chart and report endpoints, with a message saying what to fix. */
final class ChartParams {

    private ChartParams() {
    }

    /** @return {@code lang}, or {@code fallback} when absent */
    static String lang(String lang, String fallback) {
        if (lang == null || lang.isBlank()) {
            return Locales.SUPPORTED.contains(fallback) ? fallback : Locales.FALLBACK;
        }
        if (!Locales.SUPPORTED.contains(lang)) {
            throw ProblemException.badRequest("'lang' must be one of " + Locales.SUPPORTED + ", got '" + lang + "'.");
        }
        return lang;
    }

    /** @return the size asked for, each missing side taking its default */
    static ChartSize size(String width, String height, int defaultWidth, int defaultHeight) {
        int w = dimension("width", width, defaultWidth, ChartSize.MIN_WIDTH, ChartSize.MAX_WIDTH);
        int h = dimension("height", height, Math.max(ChartSize.MIN_HEIGHT, Math.min(ChartSize.MAX_HEIGHT, defaultHeight)),
                ChartSize.MIN_HEIGHT, ChartSize.MAX_HEIGHT);
        return new ChartSize(w, h);
    }

    static UUID wave(String wave) {
        if (wave == null || wave.isBlank()) {
            throw ProblemException.badRequest("Give 'wave', the id of a wave (GET /api/v1/waves lists them).");
        }
        try {
            return UUID.fromString(wave.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'wave' must be a wave id (a UUID), got '" + wave + "'.");
        }
    }

    /** @return the comma-separated groups, or an empty list when none are named */
    static List<String> segments(String segments) {
        if (segments == null || segments.isBlank()) {
            return List.of();
        }
        return Arrays.stream(segments.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.badRequest("'" + name + "' must be true or false, got '" + value + "'.");
    }

    private static int dimension(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Same answer as an out-of-range number, below.
        }
        throw ProblemException.badRequest("'" + name + "' must be a whole number of pixels from " + min + " to " + max
                + ", got '" + value + "'.");
    }
}
