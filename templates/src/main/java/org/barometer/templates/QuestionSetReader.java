package org.barometer.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the parsed YAML of one question set into a {@link QuestionSet}, reporting every problem
 * it finds on the way. One instance reads one set.
 */
final class QuestionSetReader {

    /** Keys end up in URLs, form field names, CSV headers and SQL values: keep them plain. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*");

    /** Fewer is not a barometer; more and the survey stops taking "about a minute". */
    static final int MIN_RATED = 5;
    static final int MAX_RATED = 7;

    /** Long enough for a considered comment, short enough to fit a bounded column and a report. */
    static final int LONGEST_COMMENT = 10_000;

    private static final Set<String> SET_FIELDS = Set.of("key", "version", "title", "intro", "questions", "freeText");
    private static final Set<String> QUESTION_FIELDS = Set.of("key", "text", "label", "scale", "polarity");
    private static final Set<String> FREE_TEXT_FIELDS = Set.of("key", "text", "maxLength");

    private final String origin;
    private final Problems problems;
    private final Set<String> questionKeys = new HashSet<>();

    private QuestionSetReader(String origin, Problems problems) {
        this.origin = origin;
        this.problems = problems;
    }

    /** The set, or empty when {@code problems} received at least one problem about it. */
    static Optional<QuestionSet> read(Object document, String origin, Problems problems) {
        return new QuestionSetReader(origin, problems).read(document);
    }

    private Optional<QuestionSet> read(Object document) {
        if (!(document instanceof Map<?, ?> fields)) {
            if (document == null) {
                problems.add(origin, "set.empty");
            } else {
                problems.add(origin, "set.not-mapping", String.join(", ", new TreeSet<>(SET_FIELDS)));
            }
            return Optional.empty();
        }
        int before = problems.count();
        YamlMap set = new YamlMap(fields, origin, problems);
        set.allowOnly(SET_FIELDS);
        Optional<String> key = set.string("key").filter(k -> validKey(set, "key", k));
        key.ifPresent(k -> matchesFileName(set, k));
        OptionalInt version = set.integer("version");
        if (version.isPresent() && version.getAsInt() < 1) {
            set.problem("set.version", version.getAsInt());
        }
        Map<String, String> title = set.localised("title");
        Map<String, String> intro = set.localised("intro");
        List<Question> questions = questions(set);
        Optional<FreeTextQuestion> freeText = freeText(set);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new QuestionSet(key.orElseThrow(), version.getAsInt(), title, intro, questions, freeText));
    }

    private List<Question> questions(YamlMap set) {
        Object value = set.get("questions");
        if (!(value instanceof List<?> items)) {
            set.problem(value == null ? "field.missing" : "set.questions-not-list", "questions");
            return List.of();
        }
        if (items.size() < MIN_RATED || items.size() > MAX_RATED) {
            set.problem("set.question-count", MIN_RATED, MAX_RATED, items.size());
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<YamlMap> item = item(items.get(i), "question", i + 1);
            item.flatMap(this::question).ifPresent(questions::add);
        }
        return questions;
    }

    private Optional<Question> question(YamlMap question) {
        question.allowOnly(QUESTION_FIELDS);
        Optional<String> key = question.string("key").filter(k -> validKey(question, "key", k) && unique(question, k));
        Map<String, String> text = question.localised("text");
        Map<String, String> label = question.get("label") == null ? Map.of() : question.localised("label");
        Optional<Scale> scale = ScaleReader.read(question);
        Optional<Polarity> polarity = question.string("polarity").flatMap(p -> polarity(question, p));
        if (key.isEmpty() || scale.isEmpty() || polarity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(key.get(), text, scale.get(), polarity.get(), label));
    }

    /** A single mapping; a list is accepted only so that a list of two can be reported clearly. */
    private Optional<FreeTextQuestion> freeText(YamlMap set) {
        Object value = set.get("freeText");
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> items && items.size() != 1) {
            if (items.size() > 1) {
                set.problem("set.free-text-count", items.size());
            }
            return Optional.empty();
        }
        Object single = value instanceof List<?> items ? items.get(0) : value;
        return item(single, "free-text", 1).flatMap(this::freeTextQuestion);
    }

    private Optional<FreeTextQuestion> freeTextQuestion(YamlMap question) {
        question.allowOnly(FREE_TEXT_FIELDS);
        Optional<String> key = question.string("key").filter(k -> validKey(question, "key", k) && unique(question, k));
        Map<String, String> text = question.localised("text");
        OptionalInt maxLength = question.get("maxLength") == null
                ? OptionalInt.of(FreeTextQuestion.DEFAULT_MAX_LENGTH)
                : question.integer("maxLength");
        boolean lengthValid = maxLength.isPresent() && maxLength.getAsInt() >= 1 && maxLength.getAsInt() <= LONGEST_COMMENT;
        if (maxLength.isPresent() && !lengthValid) {
            question.problem("free-text.max-length", LONGEST_COMMENT, maxLength.getAsInt());
        }
        if (key.isEmpty() || !lengthValid) {
            return Optional.empty();
        }
        return Optional.of(new FreeTextQuestion(key.get(), text, maxLength.getAsInt()));
    }

    /**
     * Names the question by its key when it has one, else by its position, for messages.
     *
     * @param kind {@code question} or {@code free-text}, as the problems' keys name them
     */
    private Optional<YamlMap> item(Object value, String kind, int position) {
        if (!(value instanceof Map<?, ?> fields)) {
            problems.add(origin, kind + ".not-mapping", position);
            return Optional.empty();
        }
        Object key = fields.get("key");
        Phrase name = key instanceof String k && !k.isBlank() ? Phrase.of("place." + kind, k)
                : Phrase.of("place." + kind + ".number", position);
        return Optional.of(new YamlMap(fields, Phrase.at(origin, name), problems));
    }

    private static boolean validKey(YamlMap map, String field, String key) {
        if (!KEY.matcher(key).matches()) {
            map.problem("key.pattern", field, key, KEY.pattern());
            return false;
        }
        return true;
    }

    private boolean unique(YamlMap question, String key) {
        if (!questionKeys.add(key)) {
            question.problem("key.duplicate", key);
            return false;
        }
        return true;
    }

    private static Optional<Polarity> polarity(YamlMap question, String value) {
        try {
            return Optional.of(Polarity.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            question.problem("polarity", value);
            return Optional.empty();
        }
    }

    /** The set's key must be its file name, or overriding a built-in set by file would not work. */
    private void matchesFileName(YamlMap set, String key) {
        String file = origin.substring(origin.lastIndexOf('/') + 1);
        for (String suffix : List.of(".yml", ".yaml")) {
            if (file.endsWith(suffix) && !file.equals(key + suffix)) {
                set.problem("key.file-name", key, suffix, file.substring(0, file.length() - suffix.length()));
            }
        }
    }
}
