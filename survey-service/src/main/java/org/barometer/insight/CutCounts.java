package org.barometer.insight;

import org.barometer.analytics.anonymity.Participation;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A wave cut by one segment attribute: the whole wave and each value of the attribute, in
 * alphabetical order. Uncut, {@code segments} is empty.
 */
record CutCounts(Cell whole, SortedMap<String, Cell> segments) {

    /** Answers of one group: {@code n} answers {@code answer} to {@code question}. */
    record AnswerRow(String segment, String question, int answer, long n) {
    }

    record ParticipationRow(String segment, long invited, long responded) {
    }

    CutCounts {
        segments = Collections.unmodifiableSortedMap(new TreeMap<>(segments));
    }

    /**
     * @param wholeAnswers rows summed into the whole wave, whatever their segment
     * @param segmentAnswers rows of the attribute's values (segment never null)
     */
    static CutCounts of(List<AnswerRow> wholeAnswers, List<ParticipationRow> wholeParticipation,
                        List<AnswerRow> segmentAnswers, List<ParticipationRow> segmentParticipation) {
        Map<String, Map<String, Map<Integer, Long>>> answers = new HashMap<>();
        segmentAnswers.forEach(row -> add(answers.computeIfAbsent(row.segment(), s -> new HashMap<>()), row));
        Map<String, Long> invited = new HashMap<>();
        Map<String, Long> responded = new HashMap<>();
        for (ParticipationRow row : segmentParticipation) {
            invited.merge(row.segment(), row.invited(), Long::sum);
            responded.merge(row.segment(), row.responded(), Long::sum);
        }
        SortedMap<String, Cell> segments = new TreeMap<>();
        invited.forEach((segment, n) -> segments.put(segment, new Cell(new Participation(n, responded.get(segment)),
                answers.getOrDefault(segment, Map.of()))));
        Map<String, Map<Integer, Long>> whole = new HashMap<>();
        wholeAnswers.forEach(row -> add(whole, row));
        long wholeInvited = wholeParticipation.stream().mapToLong(ParticipationRow::invited).sum();
        long wholeResponded = wholeParticipation.stream().mapToLong(ParticipationRow::responded).sum();
        return new CutCounts(new Cell(new Participation(wholeInvited, wholeResponded), whole), segments);
    }

    private static void add(Map<String, Map<Integer, Long>> byQuestion, AnswerRow row) {
        byQuestion.computeIfAbsent(row.question(), q -> new TreeMap<>()).merge(row.answer(), row.n(), Long::sum);
    }
}
