package org.barometer.analytics.findings;

import org.barometer.analytics.stats.Polarity;

import java.util.Locale;
import java.util.Map;

/**
 * A finding as one plain sentence in the reader's language (French or English), with its
 * evidence: the means compared on their scale, the direction that is good, and the interval. No
 * statistical vocabulary: the methodology names the tests.
 */
public final class FindingText {

    private FindingText() {
    }

    /**
     * @param language {@code fr} or {@code en} (anything else reads English)
     */
    public static String of(Finding f, FindingsInput.Question question, String language) {
        boolean fr = "fr".equals(language);
        Locale locale = fr ? Locale.FRENCH : Locale.ENGLISH;
        String label = question.label().getOrDefault(fr ? "fr" : "en", question.key());
        String where = where(f.segment(), fr);
        String scale = scale(question, fr);
        String verdict = f.better() ? (fr ? "mieux" : "better") : (fr ? "moins bien" : "worse");
        String sentence = switch (f.kind()) {
            case TREND -> fr
                    ? String.format(locale, "%s\u00a0: %s %s sur les %d dernières vagues, de %.2f à %.2f %s\u00a0; variation %+.2f point (intervalle à 95\u00a0%%\u00a0: %+.2f à %+.2f).",
                            capital(label), verdict, where, f.waves(), f.from(), f.to(), scale, f.effect(), f.ci95().lo(), f.ci95().hi())
                    : String.format(locale, "%s: %s %s over the last %d waves, from %.2f to %.2f %s; change %+.2f points (95%% interval %+.2f to %+.2f).",
                            capital(label), verdict, where, f.waves(), f.from(), f.to(), scale, f.effect(), f.ci95().lo(), f.ci95().hi());
            case CHANGE, YEAR_ON_YEAR -> fr
                    ? String.format(locale, "%s\u00a0: %s %s depuis %s%s, de %.2f à %.2f %s\u00a0; variation %+.2f point (intervalle à 95\u00a0%%\u00a0: %+.2f à %+.2f).",
                            capital(label), verdict, where, f.since(), f.kind() == Finding.Kind.YEAR_ON_YEAR ? " (il y a un an)" : "",
                            f.from(), f.to(), scale, f.effect(), f.ci95().lo(), f.ci95().hi())
                    : String.format(locale, "%s: %s %s since %s%s, from %.2f to %.2f %s; change %+.2f points (95%% interval %+.2f to %+.2f).",
                            capital(label), verdict, where, f.since(), f.kind() == Finding.Kind.YEAR_ON_YEAR ? " (a year ago)" : "",
                            f.from(), f.to(), scale, f.effect(), f.ci95().lo(), f.ci95().hi());
            case GAP -> fr
                    ? String.format(locale, "%s\u00a0: %s %s que dans l’ensemble de l’organisation, %.2f contre %.2f %s\u00a0; écart %+.2f point (intervalle à 95\u00a0%%\u00a0: %+.2f à %+.2f).",
                            capital(label), verdict, where, f.to(), f.from(), scale, f.effect(), f.ci95().lo(), f.ci95().hi())
                    : String.format(locale, "%s: %s %s than across the organisation, %.2f against %.2f %s; gap %+.2f points (95%% interval %+.2f to %+.2f).",
                            capital(label), verdict, where, f.to(), f.from(), scale, f.effect(), f.ci95().lo(), f.ci95().hi());
            case PRIORITY, STRENGTH -> ranked(f, label, where, scale, fr, locale);
        };
        return sentence + level(f, fr);
    }

    private static String ranked(Finding f, String label, String where, String scale, boolean fr, Locale locale) {
        boolean priority = f.kind() == Finding.Kind.PRIORITY;
        String weight = f.weight() == null ? "" : fr
                ? String.format(locale, "\u00a0; pèse %.0f\u00a0%% des variations de l’indice", 100 * f.weight())
                : String.format(locale, "; weighs %.0f%% of the index’s variation", 100 * f.weight());
        if (f.segment().isEmpty()) {
            return fr
                    ? String.format(locale, "%s %s\u00a0: %s, %.2f %s%s.", priority ? "Priorité" : "Point fort", where, label, f.to(), scale, weight)
                    : String.format(locale, "%s %s: %s, %.2f %s%s.", priority ? "Priority" : "Strength", where, label, f.to(), scale, weight);
        }
        return fr
                ? String.format(locale, "%s %s\u00a0: %s, %.2f contre %.2f pour l’organisation %s%s.", priority ? "Priorité" : "Point fort",
                        where, label, f.to(), f.from(), scale, weight)
                : String.format(locale, "%s %s: %s, %.2f against %.2f for the organisation %s%s.", priority ? "Priority" : "Strength",
                        where, label, f.to(), f.from(), scale, weight);
    }

    private static String level(Finding f, boolean fr) {
        if (f.carriedBy() != null) {
            return fr ? " Porté par un seul groupe\u00a0: " + name(f.carriedBy(), true) + "." : " Carried by one group: " + name(f.carriedBy(), false) + ".";
        }
        if (f.spread()) {
            return fr ? " Aucun groupe ne le montre seul\u00a0: l’effet est réparti." : " No group inside shows it alone: the effect is spread.";
        }
        return "";
    }

    /** "on 1–5, higher is worse" / "sur 1–5, plus haut est moins bien". */
    public static String scale(FindingsInput.Question q, boolean fr) {
        boolean higherIsBetter = q.polarity() != Polarity.NEGATIVE;
        return fr
                ? "sur " + q.min() + "–" + q.max() + " (plus haut est " + (higherIsBetter ? "mieux" : "moins bien") + ")"
                : "on " + q.min() + "–" + q.max() + " (higher is " + (higherIsBetter ? "better" : "worse") + ")";
    }

    /** "in Data (team)" / "dans Data (équipe)"; the organisation as a whole otherwise. */
    public static String where(Map<String, String> segment, boolean fr) {
        if (segment.isEmpty()) {
            return fr ? "dans l’organisation" : "across the organisation";
        }
        return (fr ? "dans " : "in ") + name(segment, fr);
    }

    /** "Data (team)" / "Data (équipe)". */
    public static String name(Map<String, String> segment, boolean fr) {
        if (segment.isEmpty()) {
            return fr ? "l’organisation" : "the organisation";
        }
        Map.Entry<String, String> e = segment.entrySet().iterator().next();
        return e.getValue() + " (" + attribute(e.getKey(), fr) + ")";
    }

    /** "team" / "équipe": a known attribute's name in the reader's language, another as it is. */
    public static String attribute(String name, boolean fr) {
        if (!fr) {
            return name;
        }
        return switch (name) {
            case "team" -> "équipe";
            case "department" -> "département";
            case "location" -> "site";
            default -> name;
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
