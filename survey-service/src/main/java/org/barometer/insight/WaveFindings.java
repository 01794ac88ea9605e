package org.barometer.insight;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.analytics.disclosure.PublicationPlan;
import org.barometer.analytics.findings.Findings;
import org.barometer.analytics.findings.FindingsInput;
import org.barometer.analytics.stats.CrossProducts;
import org.barometer.analytics.stats.Histogram;
import org.barometer.survey.Wave;
import org.barometer.survey.WaveService;
import org.barometer.survey.WaveStatus;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;
import org.barometer.tally.Tally;
import org.barometer.templates.Question;
import org.barometer.templates.QuestionSet;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A closed wave's findings, from what its publication plans show and nothing else: each wave's
 * shown groups with their shown figures (a hidden group, or a withheld figure, never reaches the
 * engine), the waves before it in the same question set, and its profiles' sums of products for
 * the drivers, summed over the shown groups' profiles.
 */
@Singleton
public class WaveFindings {

    /** The reported wave and the waves before it the engine may look back to (a trend and a year before). */
    private static final int WAVES_BACK = 6;

    private final WaveService waves;
    private final Publication publication;
    private final Tally tally;
    private final double minimalDifference;

    WaveFindings(WaveService waves, Publication publication, Tally tally,
                 @Value("${barometer.findings.minimal-difference:0.25}") double minimalDifference) {
        if (!(minimalDifference > 0 && minimalDifference <= 4)) {
            throw new IllegalArgumentException("barometer.findings.minimal-difference must be in (0, 4] points of a 1–5 scale, got "
                    + minimalDifference);
        }
        this.waves = waves;
        this.publication = publication;
        this.tally = tally;
        this.minimalDifference = minimalDifference;
    }

    /** @throws ProblemException 409 while the wave is open */
    @Transactional
    public Findings of(UUID waveId) {
        return Findings.of(inputOf(waveId));
    }

    /** @throws ProblemException 409 while the wave is open */
    @Transactional
    public FindingsInput inputOf(UUID waveId) {
        Wave wave = waves.get(waveId);
        if (wave.status() != WaveStatus.CLOSED) {
            throw new ProblemException(HttpStatus.CONFLICT, Text.of("results.open", wave.label()));
        }
        QuestionSet set = publication.questionsOf(wave);
        List<Wave> history = history(wave);
        Map<UUID, Tally.WaveCounts> counts = tally.counts(history.stream().map(Wave::id).toList(), null);
        List<FindingsInput.Wave> shown = new ArrayList<>();
        PublicationPlan plan = null;
        for (Wave w : history) {
            plan = publication.of(w, counts.get(w.id()));
            shown.add(new FindingsInput.Wave(w.label(), opened(w), groups(plan, set)));
        }
        List<FindingsInput.Question> questions = set.questions().stream().map(WaveFindings::question).toList();
        return new FindingsInput(questions, shown, parents(counts.get(wave.id())), crossProducts(counts.get(wave.id()), plan, set),
                wave.anonymityThreshold(), minimalDifference);
    }

    /** The closed waves of the same question set up to this one, oldest first, at most {@link #WAVES_BACK}. */
    private List<Wave> history(Wave wave) {
        List<Wave> closed = waves.list().stream()
                .filter(w -> w.templateKey().equals(wave.templateKey()) && w.status() == WaveStatus.CLOSED && w.openedAt() != null
                        && !w.openedAt().isAfter(wave.openedAt()))
                .sorted(Comparator.comparing(Wave::openedAt)).toList();
        return closed.subList(Math.max(0, closed.size() - WAVES_BACK), closed.size());
    }

    private static LocalDate opened(Wave w) {
        return LocalDate.ofInstant(w.openedAt(), ZoneOffset.UTC);
    }

    /** Every shown group and its shown figures, for the questions of the reported wave on the same scale. */
    private static Map<Map<String, String>, Map<String, Histogram>> groups(PublicationPlan plan, QuestionSet set) {
        Map<Map<String, String>, Map<String, Histogram>> groups = new LinkedHashMap<>();
        for (PublicationPlan.Group g : shownGroups(plan)) {
            Map<String, Histogram> figures = new LinkedHashMap<>();
            for (Question q : set.questions()) {
                if (g.figures().get(q.key()) instanceof PublicationPlan.Answers a
                        && a.histogram().min() == q.scale().min() && a.histogram().max() == q.scale().max()) {
                    figures.put(q.key(), a.histogram());
                }
            }
            groups.put(Breakdowns.segment(g), figures);
        }
        return groups;
    }

    /** The organisation and every attribute's groups, those the plan shows. */
    private static List<PublicationPlan.Group> shownGroups(PublicationPlan plan) {
        List<PublicationPlan.Group> all = new ArrayList<>();
        all.add(plan.organisation());
        plan.attributes().forEach(a -> all.addAll(plan.groups(a)));
        return all.stream().filter(PublicationPlan.Group::shown).toList();
    }

    /**
     * A value of one attribute nested in a value of another (a team in its department): every
     * profile that holds the first holds the second, and the second attribute has fewer values.
     */
    static Map<Map<String, String>, Map<String, String>> parents(Tally.WaveCounts counts) {
        Map<String, Set<String>> values = new HashMap<>();
        counts.profiles().forEach(p -> p.tuple().forEach((k, v) -> values.computeIfAbsent(k, x -> new HashSet<>()).add(v)));
        Map<Map<String, String>, Map<String, String>> parents = new HashMap<>();
        for (String finer : values.keySet()) {
            for (String wider : values.keySet()) {
                if (finer.equals(wider) || values.get(wider).size() >= values.get(finer).size()) {
                    continue;
                }
                Map<String, Set<String>> within = new HashMap<>();
                counts.profiles().stream().filter(p -> p.tuple().containsKey(finer))
                        .forEach(p -> within.computeIfAbsent(p.tuple().get(finer), x -> new HashSet<>()).add(p.tuple().get(wider)));
                boolean nested = within.values().stream().allMatch(s -> s.size() == 1 && !s.contains(null));
                if (nested) {
                    within.forEach((value, parent) -> parents.putIfAbsent(Map.of(finer, value), Map.of(wider, parent.iterator().next())));
                }
            }
        }
        return parents;
    }

    /** Each shown group's sums of answers and products in the reported wave, from its profiles. */
    private Map<Map<String, String>, CrossProducts> crossProducts(Tally.WaveCounts counts, PublicationPlan plan, QuestionSet set) {
        Map<UUID, Map<String, Long>> products = tally.crossProducts(counts.waveId());
        if (products.isEmpty()) {
            return Map.of();
        }
        Map<String, Tally.Profile> profiles = new HashMap<>();
        counts.profiles().forEach(p -> profiles.put(p.id().toString(), p));
        List<String> keys = set.questions().stream().map(Question::key).toList();
        Map<Map<String, String>, CrossProducts> sums = new HashMap<>();
        for (PublicationPlan.Group g : shownGroups(plan)) {
            CrossProducts total = CrossProducts.empty(keys.size());
            boolean complete = true;
            for (String atom : plan.atoms(g)) {
                Tally.Profile p = profiles.get(atom);
                if (p != null && p.responded() > 0) {
                    Map<String, Long> pairs = products.get(p.id());
                    // A wave whose answers were erased before its products were counted (V17) has none: no drivers then.
                    complete &= pairs != null;
                    total = pairs == null ? total : total.plus(of(p, pairs, keys));
                }
            }
            if (complete) {
                sums.put(Breakdowns.segment(g), total);
            }
        }
        return sums;
    }

    /** A profile's sums: n and the sums of answers from its histograms, the products from the stored pairs. */
    private static CrossProducts of(Tally.Profile profile, Map<String, Long> pairs, List<String> keys) {
        int p = keys.size();
        double[] sums = new double[p];
        double[][] products = new double[p][p];
        long n = profile.responded();
        for (int j = 0; j < p; j++) {
            for (Map.Entry<Integer, Long> e : profile.answers().getOrDefault(keys.get(j), Map.of()).entrySet()) {
                sums[j] += (double) e.getKey() * e.getValue();
                products[j][j] += (double) e.getKey() * e.getKey() * e.getValue();
            }
            for (int l = 0; l < p; l++) {
                if (l != j) {
                    String a = keys.get(j);
                    String b = keys.get(l);
                    // stored once per pair, in the database's order of the two keys
                    Long total = pairs.getOrDefault(a + "|" + b, pairs.get(b + "|" + a));
                    products[j][l] = total == null ? 0 : total;
                }
            }
        }
        return new CrossProducts(n, sums, products);
    }

    static FindingsInput.Question question(Question q) {
        return new FindingsInput.Question(q.key(), q.scale().min(), q.scale().max(), Polarities.of(q),
                Map.of("fr", q.label("fr"), "en", q.label("en")));
    }
}
