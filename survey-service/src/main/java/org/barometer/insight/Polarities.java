package org.barometer.insight;

import org.barometer.analytics.stats.Polarity;
import org.barometer.templates.Question;

/** The analytics module knows nothing of templates: the two enums meet here. */
final class Polarities {

    private Polarities() {
    }

    static Polarity of(Question question) {
        return switch (question.polarity()) {
            case POSITIVE -> Polarity.POSITIVE;
            case NEGATIVE -> Polarity.NEGATIVE;
        };
    }
}
