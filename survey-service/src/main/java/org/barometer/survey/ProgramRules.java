package org.barometer.survey;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.barometer.system.ProblemException;

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

    static final int MIN_THRESHOLD = 3;
    static final int MAX_THRESHOLD = 100;
    static final int MAX_OPEN_DAYS = 60;
    static final int MAX_REMINDERS = 5;

    @Serdeable
    record FieldProblem(String field, String message) {
    }

    private final QuestionSets questionSets;
    private final String defaultTimezone;

    ProgramRules(QuestionSets questionSets, @Value("${barometer.mail.timezone:Europe/Paris}") String defaultTimezone) {
        this.questionSets = questionSets;
        this.defaultTimezone = defaultTimezone;
    }

    /** What a new program gets for each setting left out (name has none). */
    ProgramSettings defaults() {
        return new ProgramSettings(null, WaveService.DEFAULT_TEMPLATE, Cadence.QUARTERLY.name(), OpenOn.FIRST_MONDAY.name(),
                14, List.of(), WaveService.DEFAULT_THRESHOLD, Map.of(), defaultTimezone);
    }

    /** @throws ProblemException 400 listing every problem, each naming its field */
    void check(ProgramSettings s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.name() == null || s.name().isBlank() || s.name().length() > 200) {
            problems.add(new FieldProblem("name", "name is required, at most 200 characters."));
        }
        template(s.template(), problems);
        if (!Cadence.QUARTERLY.name().equals(s.cadence())) {
            problems.add(new FieldProblem("cadence", "cadence must be QUARTERLY (got " + s.cadence() + ")."));
        }
        if (Arrays.stream(OpenOn.values()).noneMatch(o -> o.name().equals(s.openOn()))) {
            problems.add(new FieldProblem("openOn", "openOn must be one of " + Arrays.toString(OpenOn.values())
                    + " (got " + s.openOn() + ")."));
        }
        boolean daysOk = s.openDays() >= 1 && s.openDays() <= MAX_OPEN_DAYS;
        if (!daysOk) {
            problems.add(new FieldProblem("openDays", "openDays must be between 1 and " + MAX_OPEN_DAYS
                    + " (got " + s.openDays() + ")."));
        }
        reminders(s.reminderDays(), daysOk ? s.openDays() : MAX_OPEN_DAYS, problems);
        if (s.anonymityThreshold() < MIN_THRESHOLD || s.anonymityThreshold() > MAX_THRESHOLD) {
            problems.add(new FieldProblem("anonymityThreshold", "anonymityThreshold must be between " + MIN_THRESHOLD
                    + " and " + MAX_THRESHOLD + " (got " + s.anonymityThreshold() + "): below " + MIN_THRESHOLD
                    + " answers a group's results could point at a person."));
        }
        audience(s.audience(), problems);
        timezone(s.timezone(), problems);
        if (!problems.isEmpty()) {
            String message = problems.size() == 1 ? problems.get(0).message()
                    : problems.size() + " settings to fix: " + String.join(" ", problems.stream().map(FieldProblem::message).toList());
            throw new ProblemException(HttpStatus.BAD_REQUEST, message, problems);
        }
    }

    private void template(String template, List<FieldProblem> problems) {
        try {
            questionSets.yamlOf(template == null ? "" : template.trim());
        } catch (ProblemException e) {
            problems.add(new FieldProblem("template", "template: " + e.getMessage()));
        }
    }

    private static void reminders(List<Integer> days, int openDays, List<FieldProblem> problems) {
        boolean inRange = days.stream().allMatch(d -> d != null && d >= 1 && d < openDays);
        if (!inRange || new HashSet<>(days).size() != days.size() || days.size() > MAX_REMINDERS) {
            problems.add(new FieldProblem("reminderDays", "reminderDays must be at most " + MAX_REMINDERS
                    + " different days after the opening, each between 1 and openDays - 1 (" + (openDays - 1)
                    + "); got " + days + "."));
        }
    }

    private static void audience(Map<String, List<String>> audience, List<FieldProblem> problems) {
        boolean ok = audience.entrySet().stream().allMatch(e -> e.getKey() != null && !e.getKey().isBlank()
                && e.getKey().length() <= 64 && e.getValue() != null && !e.getValue().isEmpty()
                && e.getValue().stream().allMatch(v -> v != null && !v.isBlank() && v.length() <= 200));
        if (!ok) {
            problems.add(new FieldProblem("audience", "audience maps segment attributes to the values to include, "
                    + "e.g. {\"team\":[\"Sales\",\"R&D\"]}: each attribute needs a name and at least one non-blank value."));
        }
    }

    private static void timezone(String timezone, List<FieldProblem> problems) {
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new FieldProblem("timezone", "timezone must be a region such as Europe/Paris (got "
                    + timezone + ")."));
        }
    }
}
