package org.barometer.analytics.report;

import java.util.List;
import org.barometer.analytics.chart.ChartTexts;
import org.barometer.analytics.stats.Change;
import org.barometer.analytics.stats.Verdict;

/** How the report writes its figures: language-aware decimals, signed changes, q-values, verdicts. */
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

    String mean(double value) {
        return texts.number(value, 1);
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

    /** @return "= 0.012" or "< 0.001", to follow a "q" */
    String q(Double q) {
        if (q == null) {
            return "–";
        }
        return q < 0.001 ? "< " + texts.number(0.001, 3) : "= " + texts.number(q, 3);
    }

    String verdict(Verdict verdict) {
        return texts.text("verdict." + verdict.name().toLowerCase(java.util.Locale.ROOT));
    }

    String effect(Change change) {
        return change.effectSize() == null ? "–" : signed(change.effectSize(), 2);
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
