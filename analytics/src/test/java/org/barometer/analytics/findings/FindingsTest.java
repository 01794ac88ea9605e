package org.barometer.analytics.findings;

import org.barometer.analytics.stats.CrossProducts;
import org.barometer.analytics.stats.Histogram;
import org.barometer.analytics.stats.Polarity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsTest {

    private static final Map<String, String> DATA = Map.of("team", "Data");
    /** A breakable space before : ; ? ! or % lets French punctuation start a line. */
    private static final java.util.regex.Pattern FRENCH_BREAK = java.util.regex.Pattern.compile(" [:;?!%]");
    private static final Map<String, String> ENGINEERING = Map.of("department", "Engineering");

    @Test
    void aGroupTheGateHidesNeverAppearsNorCarriesAnything() {
        for (int seed = 0; seed < 5; seed++) {
            FindingsInput all = PlantedOrganisation.generate(PlantedOrganisation.PLANTED, seed);
            Findings findings = Findings.of(without(all, DATA));

            findings.findings().forEach(f -> {
                assertFalse(f.segment().equals(DATA), f.toString());
                assertFalse(DATA.equals(f.carriedBy()), f.toString());
            });
            findings.drivers().forEach(d -> assertFalse(d.segment().equals(DATA)));
        }
    }

    @Test
    void directionFollowsPolarityAndTheSentenceSaysSo() {
        Findings findings = Findings.of(PlantedOrganisation.generate(PlantedOrganisation.PLANTED, 3));
        Finding stress = findings.findings().stream().filter(f -> f.segment().equals(DATA) && f.question().equals("stress")
                && f.kind().overTime()).findFirst().orElseThrow(() -> new AssertionError(findings.findings()));
        Finding clarity = findings.findings().stream().filter(f -> f.segment().isEmpty() && f.question().equals("clarity")
                && f.kind().overTime()).findFirst().orElseThrow(() -> new AssertionError(findings.findings()));

        assertTrue(stress.effect() > 0 && !stress.better(), stress.toString());
        assertTrue(clarity.effect() > 0 && clarity.better(), clarity.toString());
        FindingsInput.Question q = PlantedOrganisation.QUESTIONS.get(0);
        String en = FindingText.of(stress, q, "en");
        String fr = FindingText.of(stress, q, "fr");
        assertTrue(en.startsWith("Stress: worse in Data (team)") && en.contains("on 1–5 (higher is worse)"), en);
        assertTrue(fr.startsWith("Stress\u00a0: moins bien dans Data (équipe)") && fr.contains("sur 1–5 (plus haut est moins bien)")
                && fr.matches(".*\\d,\\d\\d.*") && !FRENCH_BREAK.matcher(fr).find(), fr);
    }

    @Test
    void aClearChangeSmallerThanTheMinimalDifferenceIsNotReported() {
        // 4 000 answers a wave: a shift of 0.15 point is far beyond chance but below 0.25
        FindingsInput input = organisationOnly(Histogram.of(1, 400, 1000, 1200, 1000, 400), Histogram.of(1, 300, 900, 1200, 1100, 500));
        assertTrue(Findings.of(input).findings().stream().noneMatch(f -> f.kind().overTime()), () -> Findings.of(input).findings().toString());

        FindingsInput larger = organisationOnly(Histogram.of(1, 400, 1000, 1200, 1000, 400), Histogram.of(1, 100, 700, 1200, 1300, 700));
        assertEquals(1, Findings.of(larger).findings().stream().filter(f -> f.kind().overTime()).count());
    }

    @Test
    void aDepartmentsFindingCarriedByOneTeamSaysWhich() {
        // Data's stress rising steeply enough that its department's, diluted four times, still shows
        List<PlantedOrganisation.Effect> effects = List.of(new PlantedOrganisation.Effect("Engineering", "Data", "stress", 0.6),
                new PlantedOrganisation.Effect("Engineering", null, "workload", 0.2));
        int carried = 0;
        int wronglyCarried = 0;
        for (int seed = 0; seed < 10; seed++) {
            Findings findings = Findings.of(PlantedOrganisation.generate(effects, seed));
            for (Finding f : findings.of(ENGINEERING)) {
                if (f.question().equals("stress") && f.kind().overTime()) {
                    assertTrue(f.carriedBy() == null || f.carriedBy().equals(DATA), f.toString());
                    carried += DATA.equals(f.carriedBy()) ? 1 : 0;
                }
                if (f.question().equals("workload") && f.kind().overTime() && f.carriedBy() != null) {
                    wronglyCarried++;
                }
            }
        }
        assertTrue(carried > 0, "Engineering's stress is Data's in some of the organisations");
        assertTrue(wronglyCarried <= 1, "workload rises in every team of Engineering, said carried by one " + wronglyCarried + " times in 10");
    }

    @Test
    void aChangeEveryoneLivesIsToldOnceForTheOrganisationAndComesFirst() {
        for (int seed = 0; seed < 5; seed++) {
            Findings findings = Findings.of(PlantedOrganisation.generate(
                    List.of(new PlantedOrganisation.Effect(null, null, "clarity", 0.3)), seed));
            List<Finding> clarity = findings.findings().stream()
                    .filter(f -> f.question().equals("clarity") && f.kind() == Finding.Kind.TREND).toList();

            assertTrue(clarity.stream().anyMatch(f -> f.segment().isEmpty()), "seed " + seed + ": " + clarity);
            Finding organisation = clarity.stream().filter(f -> f.segment().isEmpty()).findFirst().orElseThrow();
            clarity.stream().filter(f -> !f.segment().isEmpty())
                    .forEach(f -> assertFalse(f.ci95().contains(organisation.effect()), "told again for " + f.segment()));
            assertEquals(Map.of(), findings.findings().get(0).segment(), "seed " + seed + ": the organisation's change first");
        }
    }

    @Test
    void prioritiesAndStrengthsAreAtMostThreeEachPerGroupAndFollowTheRanking() {
        Findings findings = Findings.of(PlantedOrganisation.generate(PlantedOrganisation.PLANTED, 1));

        Map<Map<String, String>, Integer> priorities = new HashMap<>();
        findings.findings().stream().filter(f -> f.kind() == Finding.Kind.PRIORITY)
                .forEach(f -> priorities.merge(f.segment(), 1, Integer::sum));
        priorities.values().forEach(n -> assertTrue(n <= 3));
        findings.findings().stream().filter(f -> f.kind() == Finding.Kind.PRIORITY).forEach(f -> assertFalse(f.better()));
        findings.findings().stream().filter(f -> f.kind() == Finding.Kind.STRENGTH).forEach(f -> assertTrue(f.better()));
        assertEquals(1.0, findings.drivers().get(0).shares().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        assertTrue(findings.drivers().get(0).segment().isEmpty(), "the organisation's drivers come first");
    }

    private static FindingsInput without(FindingsInput input, Map<String, String> hidden) {
        List<FindingsInput.Wave> waves = input.waves().stream().map(w -> {
            Map<Map<String, String>, Map<String, Histogram>> groups = new LinkedHashMap<>(w.groups());
            groups.remove(hidden);
            return new FindingsInput.Wave(w.label(), w.opened(), groups);
        }).toList();
        Map<Map<String, String>, CrossProducts> sums = new HashMap<>(input.crossProducts());
        sums.remove(hidden);
        return new FindingsInput(input.questions(), waves, input.parents(), sums, input.threshold(), input.minimalDifference());
    }

    private static FindingsInput organisationOnly(Histogram before, Histogram after) {
        FindingsInput.Question q = new FindingsInput.Question("clarity", 1, 5, Polarity.POSITIVE, Map.of("en", "clarity", "fr", "la clarté"));
        return new FindingsInput(List.of(q), List.of(
                new FindingsInput.Wave("2026-Q1", LocalDate.of(2026, 1, 15), Map.of(Map.of(), Map.of("clarity", before))),
                new FindingsInput.Wave("2026-Q2", LocalDate.of(2026, 4, 15), Map.of(Map.of(), Map.of("clarity", after)))),
                Map.of(), Map.of(), 5, FindingsInput.MINIMAL_DIFFERENCE);
    }
}
