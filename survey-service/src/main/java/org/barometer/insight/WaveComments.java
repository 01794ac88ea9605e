package org.barometer.insight;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.disclosure.Decisions;
import org.barometer.analytics.disclosure.PublicationPlan;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.tally.Tally;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The free-text comments of a wave by segment: only in the groups whose comments the publication
 * plan shows (never placing an author in a group, or an intersection of groups, under k), each
 * list shuffled anew at every read.
 */
@Singleton
class WaveComments {

    private final WaveService waves;
    private final Publication publication;
    private final Tally tally;
    private final SecureRandom random = new SecureRandom();

    WaveComments(WaveService waves, Publication publication, Tally tally) {
        this.waves = waves;
        this.publication = publication;
        this.tally = tally;
    }

    @Transactional
    CommentsView comments(UUID waveId, String by) {
        Wave wave = waves.get(waveId);
        String attribute = Breakdowns.checkedAttribute(by);
        PublicationPlan plan = publication.of(wave);
        if (!plan.answers()) {
            return new CommentsView(false, false, List.of());
        }
        if (tally.answersErased(waveId)) {
            return new CommentsView(true, true, List.of());
        }
        List<Tally.Comment> all = tally.comments(waveId);
        List<CommentsView.Group> groups = new ArrayList<>();
        for (PublicationPlan.Group g : Breakdowns.groups(plan, attribute)) {
            if (!g.shown()) {
                groups.add(new CommentsView.Group(Breakdowns.segment(g), true, ResultsView.reason(g.hidden()), null));
            } else if (!g.comments()) {
                groups.add(new CommentsView.Group(Breakdowns.segment(g), true,
                        ResultsView.reason(Decisions.Hidden.PROTECTS_SMALLER), null));
            } else {
                Set<String> members = plan.atoms(g);
                List<String> texts = new ArrayList<>(all.stream().filter(c -> members.contains(c.profile().toString()))
                        .map(Tally.Comment::text).toList());
                Collections.shuffle(texts, random);
                groups.add(new CommentsView.Group(Breakdowns.segment(g), false, null, texts));
            }
        }
        return new CommentsView(true, false, groups);
    }
}
