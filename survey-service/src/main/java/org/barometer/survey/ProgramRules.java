package org.barometer.survey;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Checks a program's settings as a whole and names every field to fix, before anything is written. */
@Singleton
class ProgramRules {

    static final int MAX_OPEN_DAYS = 60;
    static final int MAX_REMINDERS = 5;

    /** A field to fix: the API says {@code message} (English), the programs page {@code text} in its language. */
    @Serdeable
    record FieldProblem(String field, String message, @JsonIgnore Text text) {

        static FieldProblem of(String field, String key, Object... arguments) {
            Text text = Text.of(key, arguments);
            return new FieldProblem(field, text.english(), text);
        }
    }

    private final QuestionSets questionSets;
    private final ThresholdRange thresholds;
    private final String defaultTimezone;

    ProgramRules(QuestionSets questionSets, ThresholdRange thresholds,
                 @Value("${barometer.mail.timezone:Europe/Paris}") String defaultTimezone) {
        this.questionSets = questionSets;
        this.thresholds = thresholds;
        this.defaultTimezone = defaultTimezone;
    }

    /** What a new program gets for each setting left out (name has none). */
    ProgramSettings defaults() {
        return new ProgramSettings(null, WaveService.DEFAULT_TEMPLATE, Cadence.QUARTERLY.name(), OpenOn.FIRST_MONDAY.name(),
                14, List.of(), thresholds.usual(), Map.of(), defaultTimezone);
    }

    /** @throws ProblemException 400 listing every problem, each naming its field */
    void check(ProgramSettings s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.name() == null || s.name().isBlank() || s.name().length() > 200) {
            problems.add(FieldProblem.of("name", "program.name"));
        }
        template(s.template(), problems);
        if (!Cadence.QUARTERLY.name().equals(s.cadence())) {
            problems.add(FieldProblem.of("cadence", "program.cadence", s.cadence()));
        }
        if (Arrays.stream(OpenOn.values()).noneMatch(o -> o.name().equals(s.openOn()))) {
            problems.add(FieldProblem.of("openOn", "program.open-on", Arrays.toString(OpenOn.values()), s.openOn()));
        }
        boolean daysOk = s.openDays() >= 1 && s.openDays() <= MAX_OPEN_DAYS;
        if (!daysOk) {
            problems.add(FieldProblem.of("openDays", "program.open-days", MAX_OPEN_DAYS, s.openDays()));
        }
        reminders(s.reminderDays(), daysOk ? s.openDays() : MAX_OPEN_DAYS, problems);
        thresholds.problem(s.anonymityThreshold())
                .ifPresent(text -> problems.add(new FieldProblem("anonymityThreshold", text.english(), text)));
        audience(s.audience(), problems);
        timezone(s.timezone(), problems);
        if (!problems.isEmpty()) {
            Text text = problems.size() == 1 ? problems.get(0).text()
                    : Text.of("program.several", problems.size(), problems.stream().map(FieldProblem::text).toList());
            throw new ProblemException(HttpStatus.BAD_REQUEST, text, problems);
        }
    }

    private void template(String template, List<FieldProblem> problems) {
        try {
            questionSets.yamlOf(template == null ? "" : template.trim());
        } catch (ProblemException e) {
            problems.add(FieldProblem.of("template", "program.template", e.text()));
        }
    }

    private static void reminders(List<Integer> days, int openDays, List<FieldProblem> problems) {
        boolean inRange = days.stream().allMatch(d -> d != null && d >= 1 && d < openDays);
        if (!inRange || new HashSet<>(days).size() != days.size() || days.size() > MAX_REMINDERS) {
            problems.add(FieldProblem.of("reminderDays", "program.reminders", MAX_REMINDERS, openDays - 1, String.valueOf(days)));
        }
    }

    private static void audience(Map<String, List<String>> audience, List<FieldProblem> problems) {
        boolean ok = audience.entrySet().stream().allMatch(e -> e.getKey() != null && !e.getKey().isBlank()
                && e.getKey().length() <= 64 && e.getValue() != null && !e.getValue().isEmpty()
                && e.getValue().stream().allMatch(v -> v != null && !v.isBlank() && v.length() <= 200));
        if (!ok) {
            problems.add(FieldProblem.of("audience", "program.audience"));
        }
    }

    private static void timezone(String timezone, List<FieldProblem> problems) {
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add(FieldProblem.of("timezone", "program.timezone", timezone));
        }
    }
}
