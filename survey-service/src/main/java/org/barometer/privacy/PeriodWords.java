package org.barometer.privacy;

import org.barometer.web.PageText;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A configured period in words, as the data protection page says it: {@code P1Y6M} is "1 year and 6 months". */
final class PeriodWords {

    private PeriodWords() {
    }

    static String of(Period period, PageText t) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(t.format("privacy.period.years", period.getYears()));
        }
        if (period.getMonths() > 0) {
            parts.add(t.format("privacy.period.months", period.getMonths()));
        }
        if (period.getDays() > 0 || parts.isEmpty()) {
            parts.add(t.format("privacy.period.days", period.getDays()));
        }
        return switch (parts.size()) {
            case 1 -> parts.get(0);
            case 2 -> t.format2("privacy.period.two", parts.get(0), parts.get(1));
            default -> t.formatAll("privacy.period.three", parts.get(0), parts.get(1), parts.get(2));
        };
    }
}
