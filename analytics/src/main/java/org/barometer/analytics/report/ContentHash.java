package org.barometer.analytics.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import org.barometer.analytics.findings.Finding;
import org.barometer.analytics.report.ReportInput.Group;
import org.barometer.analytics.report.ReportInput.Question;
import org.barometer.analytics.report.ReportInput.Wave;

/**
 * SHA-256 of the figures a report rests on: threshold, questions, every wave's groups with their
 * counts and histograms, and the findings drawn from them, in a canonical text (texts
 * length-prefixed, so no name can fake a separator). Language, date, organisation name and comments (shuffled on every request) are left
 * out: the same answers give the same hash in French and in English, today and next month.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(ReportInput input) {
        StringBuilder canonical = new StringBuilder();
        canonical.append("k=").append(input.threshold()).append('\n');
        canonical.append("by=").append(text(input.by())).append('\n');
        for (Question q : input.questions()) {
            canonical.append("q ").append(text(q.key())).append(' ').append(q.min()).append(' ').append(q.max())
                    .append(' ').append(q.polarity()).append('\n');
        }
        for (Wave wave : input.waves()) {
            canonical.append("wave ").append(text(wave.label())).append('\n');
            group(canonical, wave.organisation());
            wave.groups().forEach(g -> group(canonical, g));
        }
        if (!input.conclusions().findings().findings().isEmpty()) {
            canonical.append("minimal=").append(input.conclusions().minimalDifference()).append('\n');
        }
        for (Finding f : input.conclusions().findings().findings()) {
            canonical.append("finding ").append(f.kind()).append(' ').append(text(new TreeMap<>(f.segment()).toString()))
                    .append(' ').append(text(f.question())).append(' ').append(f.effect()).append(' ').append(f.q())
                    .append(' ').append(f.weight()).append(' ')
                    .append(text(f.carriedBy() == null ? null : new TreeMap<>(f.carriedBy()).toString())).append(' ')
                    .append(f.spread()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void group(StringBuilder canonical, Group g) {
        canonical.append("group ").append(text(g.name()));
        if (g.hidden()) {
            canonical.append(" hidden\n");
            return;
        }
        canonical.append(' ').append(g.invited()).append(' ').append(g.responded()).append('\n');
        new TreeMap<>(g.answers()).forEach((question, h) ->
                canonical.append("  ").append(text(question)).append(' ').append(h.distribution()).append('\n'));
    }

    private static String text(String s) {
        return s == null ? "-" : s.length() + ":" + s;
    }
}
