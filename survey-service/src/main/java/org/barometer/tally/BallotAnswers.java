package org.barometer.tally;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * How a ballot holds its ratings: {@code question=answer} pairs in key order, joined by ';'
 * ({@code clarity=4;stress=2}). Question keys are {@code [a-z][a-z0-9_-]*} (the question sets'
 * rule), so neither separator can occur in one.
 */
final class BallotAnswers {

    private BallotAnswers() {
    }

    static String encode(Map<String, Integer> answers) {
        StringJoiner joined = new StringJoiner(";");
        new TreeMap<>(answers).forEach((question, answer) -> joined.add(question + "=" + answer));
        return joined.toString();
    }

    static Map<String, Integer> decode(String encoded) {
        Map<String, Integer> answers = new TreeMap<>();
        if (encoded.isEmpty()) {
            return answers;
        }
        for (String pair : encoded.split(";")) {
            int equals = pair.indexOf('=');
            answers.put(pair.substring(0, equals), Integer.valueOf(pair.substring(equals + 1)));
        }
        return answers;
    }
}
