package org.barometer.insight;

import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;

import jakarta.inject.Singleton;
import org.barometer.analytics.report.ReportInput;
import org.barometer.analytics.stats.Histogram;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.survey.WaveStatus;
import io.micronaut.http.HttpStatus;
import org.barometer.system.BarometerConfig;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The figures of the leadership report and the wave charts, taken only from what the dashboard's
 * JSON shows: {@link WaveResults} of each wave (whole and by the chosen attribute, suppression
 * included) and {@link WaveComments}, and the wave's findings as they were decided for it. A hidden
 * group becomes a name without figures, so nothing in the report can be more detailed than the
 * dashboard.
 */
@Singleton
class ReportInputs {

    /** Waves of the trend: the reported one and up to this many closed waves before it. */
    static final int EARLIER_WAVES = 7;
    /** Comments per group in the optional sample. */
    static final int COMMENTS_PER_GROUP = 5;

    private final WaveService waves;
    private final WaveResults results;
    private final WaveComments comments;
    private final WaveFindings findings;
    private final String organisation;
    private final Clock clock;

    ReportInputs(WaveService waves, WaveResults results, WaveComments comments, WaveFindings findings,
                 BarometerConfig config, Clock clock) {
        this.waves = waves;
        this.results = results;
        this.comments = comments;
        this.findings = findings;
        this.organisation = config.organisation();
        this.clock = clock;
    }

    /**
     * @param by     the segment attribute, already checked, or {@code null}
     * @param lang   the language of the question texts
     * @param withComments whether to add a sample of the visible groups' comments
     */
    ReportInput of(UUID waveId, String by, String lang, boolean withComments) {
        Wave wave = waves.get(waveId);
        if (wave.status() != WaveStatus.CLOSED) {
            throw new ProblemException(HttpStatus.CONFLICT, Text.of("results.open", wave.label()));
        }
        QuestionSet set = results.questionsOf(wave);
        List<ReportInput.Question> questions = set.questions().stream()
                .map(q -> new ReportInput.Question(q.key(), q.text(lang), q.scale().min(), q.scale().max(),
                        Polarities.of(q))).toList();
        List<ReportInput.Wave> shown = new ArrayList<>();
        for (Wave earlier : earlier(wave)) {
            shown.add(figures(earlier, by));
        }
        shown.add(figures(wave, by));
        List<ReportInput.CommentGroup> sample = withComments ? comments(waveId, by) : List.of();
        return new ReportInput(organisation, LocalDate.now(clock), by, wave.anonymityThreshold(), questions, shown, sample,
                conclusions(wave));
    }

    /**
     * The wave's findings as the findings engine decides them, once for the wave, with the
     * questions and minimal difference it used, so the PDF and the heatmap say what the dashboard
     * and the API say.
     */
    private ReportInput.Conclusions conclusions(Wave wave) {
        FindingsInput input = findings.inputOf(wave.id());
        return ReportInput.Conclusions.of(input, Findings.of(input));
    }

    /** Closed waves of the same template opened before {@code wave}, the latest {@value #EARLIER_WAVES}. */
    private List<Wave> earlier(Wave wave) {
        if (wave.openedAt() == null) {
            return List.of();
        }
        List<Wave> before = waves.list().stream()
                .filter(w -> w.templateKey().equals(wave.templateKey()) && w.status() == WaveStatus.CLOSED
                        && w.openedAt() != null && w.openedAt().isBefore(wave.openedAt()))
                .sorted(Comparator.comparing(Wave::openedAt)).toList();
        return before.subList(Math.max(0, before.size() - EARLIER_WAVES), before.size());
    }

    private ReportInput.Wave figures(Wave wave, String by) {
        QuestionSet set = results.questionsOf(wave);
        ResultsView whole = results.results(wave.id(), null);
        ReportInput.Group organisation = group("", whole.groups().get(0), set);
        List<ReportInput.Group> groups = new ArrayList<>();
        if (by != null) {
            for (ResultsView.Group g : results.results(wave.id(), by).groups()) {
                groups.add(group(g.segment().get(by), g, set));
            }
        }
        return new ReportInput.Wave(wave.label(), organisation, groups);
    }

    private static ReportInput.Group group(String name, ResultsView.Group shown, QuestionSet set) {
        if (shown.suppressed()) {
            return ReportInput.Group.hidden(name);
        }
        Map<String, Histogram> answers = new TreeMap<>();
        Map<String, String> withheld = new TreeMap<>();
        for (Question q : set.questions()) {
            ResultsView.Figures figures = shown.questions().get(q.key());
            if (figures != null && figures.withheld() != null) {
                withheld.put(q.key(), figures.withheld());
            } else if (figures != null) {
                Map<Integer, Long> counts = new TreeMap<>();
                figures.distribution().forEach((value, n) -> counts.put(Integer.valueOf(value), n));
                answers.put(q.key(), Histogram.of(q.scale().min(), q.scale().max(), counts));
            }
        }
        return new ReportInput.Group(name, false, shown.participation().invited(), shown.participation().responded(),
                answers, withheld);
    }

    private List<ReportInput.CommentGroup> comments(UUID waveId, String by) {
        List<ReportInput.CommentGroup> sample = new ArrayList<>();
        for (CommentsView.Group g : comments.comments(waveId, by).groups()) {
            if (!g.suppressed() && !g.comments().isEmpty()) {
                List<String> first = g.comments().subList(0, Math.min(COMMENTS_PER_GROUP, g.comments().size()));
                sample.add(new ReportInput.CommentGroup(by == null ? null : g.segment().get(by), first));
            }
        }
        return sample;
    }
}
