package org.barometer.analytics.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.barometer.analytics.findings.Finding;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;

/**
 * Everything the leadership report may show, already through the anonymity guard: a hidden
 * group arrives with its name and nothing else, so no figure of it can reach the PDF.
 *
 * @param organisation the organisation's name, may be empty
 * @param date         the date printed on the cover
 * @param by           the segment attribute of the groups (e.g. {@code team}), or {@code null}
 * @param threshold    the anonymity threshold k of the reported wave
 * @param questions    the rated questions of the reported wave, in the order asked
 * @param waves        the reported wave last, the earlier waves of the same questions before it, oldest first
 * @param comments     comments of visible groups, already shuffled; empty when HR left them out
 * @param conclusions  what the findings engine decided about the reported wave
 */
public record ReportInput(String organisation, LocalDate date, String by, int threshold, List<Question> questions,
                          List<Wave> waves, List<CommentGroup> comments, Conclusions conclusions) {

    public ReportInput {
        organisation = organisation == null ? "" : organisation;
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(conclusions, "conclusions");
        questions = List.copyOf(questions);
        waves = List.copyOf(waves);
        comments = List.copyOf(comments);
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("A report needs at least the reported wave");
        }
    }

    /** @return the wave the report is about */
    public Wave current() {
        return waves.get(waves.size() - 1);
    }

    /** @return the wave before it, or {@code null} for a first wave */
    public Wave previous() {
        return waves.size() < 2 ? null : waves.get(waves.size() - 2);
    }

    /**
     * @param text the question as asked, in the report's language
     */
    public record Question(String key, String text, int min, int max, Polarity polarity) {
        public Question {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(polarity, "polarity");
        }
    }

    /**
     * @param organisation the whole wave as one group
     * @param groups       the groups of the cut, hidden ones included (by name only)
     */
    public record Wave(String label, Group organisation, List<Group> groups) {
        public Wave {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(organisation, "organisation");
            groups = List.copyOf(groups);
        }
    }

    /**
     * @param answers  question key to its histogram; empty for a hidden group, absent for a withheld question
     * @param withheld question key to why its figures are withheld ({@code alike-favourable},
     *                 {@code alike-unfavourable}, {@code protects-smaller}), for the shown group
     */
    public record Group(String name, boolean hidden, long invited, long responded, Map<String, Histogram> answers,
                        Map<String, String> withheld) {
        public Group {
            Objects.requireNonNull(name, "name");
            answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            withheld = Map.copyOf(withheld);
            if (hidden && (invited != 0 || responded != 0 || !answers.isEmpty())) {
                throw new IllegalArgumentException("A hidden group carries no figure: " + name);
            }
        }

        public Group(String name, boolean hidden, long invited, long responded, Map<String, Histogram> answers) {
            this(name, hidden, invited, responded, answers, Map.of());
        }

        public static Group hidden(String name) {
            return new Group(name, true, 0, 0, Map.of());
        }

        /** @return the group's answers to a question, or {@code null} when hidden or not asked */
        public Histogram histogram(String question) {
            return hidden ? null : answers.get(question);
        }
    }

    /**
     * The reported wave's findings as {@link Findings#of} decided them, handed over whole: the report
     * presents them (which change is clear, where to act) and tests nothing itself, so the PDF, the
     * dashboard and the API can never disagree about what changed.
     *
     * @param findings          the wave's findings, most important first; empty when none were computed
     * @param questions         the questions the findings name (short labels in French and English,
     *                          scale, polarity), for their sentences
     * @param minimalDifference the smallest difference the findings report, in points of a 1–5 scale,
     *                          for the methodology to state
     */
    public record Conclusions(Findings findings, List<FindingsInput.Question> questions, double minimalDifference) {

        /** No finding: the report says that nothing clearly changed. */
        public static final Conclusions NONE = new Conclusions(new Findings(List.of(), List.of()), List.of(),
                FindingsInput.MINIMAL_DIFFERENCE);

        public Conclusions {
            Objects.requireNonNull(findings, "findings");
            questions = List.copyOf(questions);
            if (!(minimalDifference > 0)) {
                throw new IllegalArgumentException("The minimal difference must be positive, got " + minimalDifference);
            }
            Set<String> named = questions.stream().map(FindingsInput.Question::key).collect(Collectors.toSet());
            for (Finding f : findings.findings()) {
                if (!named.contains(f.question())) {
                    throw new IllegalArgumentException("A finding names a question not given: " + f.question());
                }
            }
        }

        /** @return the findings with the questions and the minimal difference of the input they were drawn from */
        public static Conclusions of(FindingsInput input, Findings findings) {
            return new Conclusions(findings, input.questions(), input.minimalDifference());
        }

        /** @return the question a finding names */
        public FindingsInput.Question question(Finding finding) {
            return questions.stream().filter(q -> q.key().equals(finding.question())).findFirst().orElseThrow();
        }
    }

    public record CommentGroup(String group, List<String> comments) {
        public CommentGroup {
            comments = List.copyOf(comments);
        }
    }
}
