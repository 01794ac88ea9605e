package org.barometer.analytics.report;

import java.util.List;
import java.util.Map;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.findings.FindingText;
import org.barometer.analytics.findings.FindingsInput;

/** How the report writes its figures: language-aware decimals, signed changes, scales and their direction. */
final class Wording {

    private final ChartTexts texts;

    Wording(ChartTexts texts) {
        this.texts = texts;
    }

    ChartTexts texts() {
        return texts;
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** @return a mean with two decimals, as the findings' sentences write it */
    String mean(double value) {
        return texts.number(value, 2);
    }

    /** @return "on 1–5 (higher is worse)", in the words of the findings' sentences */
    String scale(ReportInput.Question q) {
        return FindingText.scale(new FindingsInput.Question(q.key(), q.min(), q.max(), q.polarity(), Map.of()),
                "fr".equals(texts.lang()));
    }

    String index(double value) {
        return texts.number(value, 0);
    }

    String percent(double share) {
        return texts.number(100 * share, 0);
    }

    /** @return a change with its sign, the minus being the typographic one */
    String signed(double value, int decimals) {
        String magnitude = texts.number(Math.abs(value), decimals);
        if (magnitude.equals(texts.number(0, decimals))) {
            return magnitude;
        }
        return (value > 0 ? "+" : "−") + magnitude;
    }

    String group(String name) {
        return name == null ? texts.text("chart.organisation") : name;
    }

    String question(ReportInput.Question question) {
        return texts.questionLabel(question.key());
    }

    /** @return the items joined as "a, b and c" in the report's language */
    String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + texts.text("list.and") + " "
                + items.get(items.size() - 1);
    }
}
