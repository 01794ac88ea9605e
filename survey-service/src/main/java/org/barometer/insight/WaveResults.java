package org.barometer.insight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.disclosure.PublicationPlan;
import org.barometer.analytics.stats.CellStatistics;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.WellBeingIndex;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The results of one wave by one segment attribute, as its publication plan allows. */
@Singleton
class WaveResults {

    private final WaveService waves;
    private final Publication publication;

    WaveResults(WaveService waves, Publication publication) {
        this.waves = waves;
        this.publication = publication;
    }

    @Transactional
    ResultsView results(UUID waveId, String by) {
        Wave wave = waves.get(waveId);
        String attribute = Breakdowns.checkedAttribute(by);
        return assemble(wave, questionsOf(wave), attribute, publication.of(wave));
    }

    QuestionSet questionsOf(Wave wave) {
        return publication.questionsOf(wave);
    }

    static ResultsView assemble(Wave wave, QuestionSet set, String by, PublicationPlan plan) {
        List<ResultsView.Group> groups = new ArrayList<>();
        for (PublicationPlan.Group g : Breakdowns.groups(plan, by)) {
            groups.add(g.shown() ? group(set, g) : ResultsView.Group.hidden(Breakdowns.segment(g), g.hidden()));
        }
        return new ResultsView(new ResultsView.WaveRef(wave.id(), wave.label(), wave.status()), wave.anonymityThreshold(),
                plan.answers(), index(set, plan.organisation()), groups);
    }

    /** The organisation's well-being index, over the questions whose figures it shows. */
    private static ResultsView.Index index(QuestionSet set, PublicationPlan.Group organisation) {
        if (!organisation.shown() || organisation.figures().isEmpty()) {
            return null;
        }
        List<WellBeingIndex.Item> items = new ArrayList<>();
        for (Question q : set.questions()) {
            if (organisation.figures().get(q.key()) instanceof PublicationPlan.Answers a) {
                items.add(new WellBeingIndex.Item(a.histogram(), Polarities.of(q)));
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        WellBeingIndex wbi = WellBeingIndex.of(items);
        return new ResultsView.Index(wbi.value(), wbi.items());
    }

    private static ResultsView.Group group(QuestionSet set, PublicationPlan.Group g) {
        Map<String, ResultsView.Figures> questions = null;
        if (!g.figures().isEmpty()) {
            questions = new LinkedHashMap<>();
            for (Question question : set.questions()) {
                questions.put(question.key(), figures(question, g));
            }
        }
        return new ResultsView.Group(Breakdowns.segment(g), false, null,
                new ResultsView.Counts(g.participation().invited(), g.participation().responded()), questions);
    }

    static ResultsView.Figures figures(Question question, PublicationPlan.Group g) {
        PublicationPlan.Figure figure = g.figures().get(question.key());
        if (figure instanceof PublicationPlan.Withheld w) {
            return ResultsView.Figures.withheld(g.participation().responded(), w.why());
        }
        Histogram histogram = ((PublicationPlan.Answers) figure).histogram();
        return ResultsView.Figures.of(CellStatistics.of(histogram, Polarities.of(question), g.participation().invited()));
    }
}
