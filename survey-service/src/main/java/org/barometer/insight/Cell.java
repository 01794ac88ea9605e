package org.barometer.insight;

import org.barometer.analytics.anonymity.Participation;
import org.barometer.analytics.stats.Histogram;
import org.barometer.templates.Question;

import java.util.Map;

/**
 * The counts of one group of a wave: who was invited and answered, and per question the count of
 * each answer value.
 *
 * @param answers question key to answer value to count
 */
record Cell(Participation participation, Map<String, Map<Integer, Long>> answers) {

    Cell {
        answers = Map.copyOf(answers);
    }

    Histogram histogram(Question question) {
        return Histogram.of(question.scale().min(), question.scale().max(),
                answers.getOrDefault(question.key(), Map.of()));
    }
}
