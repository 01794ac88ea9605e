package org.barometer.analytics.findings;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The findings find effects planted at a known size and report (almost) nothing where none was
 * planted, over 20 generated organisations of each kind ({@link PlantedOrganisation}). Printed:
 * recall of the three planted effects, and false findings per wave (a finding over time or a gap
 * about a group and question that truly did not move).
 */
class FindingsCalibrationTest {

    private static final int ORGANISATIONS = 20;
    private static final List<Map<String, String>> PLANTED_WHERE = List.of(Map.of("team", "Data"),
            Map.of("department", "Engineering"), Map.of());

    @Test
    void plantedEffectsAreFoundAndNothingElse() {
        int found = 0;
        int falseFindings = 0;
        for (int seed = 0; seed < ORGANISATIONS; seed++) {
            Findings findings = Findings.of(PlantedOrganisation.generate(PlantedOrganisation.PLANTED, seed));
            for (int i = 0; i < PLANTED_WHERE.size(); i++) {
                Map<String, String> where = PLANTED_WHERE.get(i);
                String question = PlantedOrganisation.PLANTED.get(i).question();
                if (findings.findings().stream().anyMatch(f -> f.kind().overTime() && f.segment().equals(where) && f.question().equals(question))) {
                    found++;
                }
            }
            falseFindings += falseOnes(findings, PlantedOrganisation.PLANTED);
        }
        double recall = found / (double) (ORGANISATIONS * PLANTED_WHERE.size());
        double falsePerWave = falseFindings / (double) ORGANISATIONS;
        System.out.printf("findings calibration, planted: recall %.2f of %d planted effects, %.2f false findings per wave%n",
                recall, ORGANISATIONS * PLANTED_WHERE.size(), falsePerWave);

        assertTrue(recall >= 0.8, "recall " + recall);
        assertTrue(falsePerWave <= 0.5, "false findings per wave " + falsePerWave);
    }

    @Test
    void anOrganisationWhereNothingMovesReportsAlmostNothing() {
        int reported = 0;
        for (int seed = 100; seed < 100 + ORGANISATIONS; seed++) {
            reported += falseOnes(Findings.of(PlantedOrganisation.generate(List.of(), seed)), List.of());
        }
        double perWave = reported / (double) ORGANISATIONS;
        System.out.printf("findings calibration, nothing planted: %.2f findings per wave (%d in %d waves)%n", perWave, reported, ORGANISATIONS);

        assertTrue(perWave <= 0.3, "findings per wave where nothing moves: " + perWave);
    }

    /** Findings over time or gaps about a group and question that did not truly move. */
    private static int falseOnes(Findings findings, List<PlantedOrganisation.Effect> effects) {
        return (int) findings.findings().stream()
                .filter(f -> f.kind().overTime() || f.kind() == Finding.Kind.GAP)
                .filter(f -> !PlantedOrganisation.moves(effects, f.segment(), f.question())
                        && !(f.kind() == Finding.Kind.GAP && PlantedOrganisation.moves(effects, Map.of(), f.question())))
                .count();
    }
}
