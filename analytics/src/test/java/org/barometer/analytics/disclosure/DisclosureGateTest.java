package org.barometer.analytics.disclosure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.barometer.analytics.disclosure.Tables.alike;
import static org.barometer.analytics.disclosure.Tables.atom;
import static org.barometer.analytics.disclosure.Tables.closed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureGateTest {

    private static PublicationPlan.Group group(PublicationPlan plan, String attribute, String value) {
        return plan.group(attribute, value).orElseThrow();
    }

    @Test
    void aLargeEnoughOrganisationShowsEverything() {
        PublicationPlan plan = DisclosureGate.decide(closed(5,
                atom("a", 12, 10, "team", "A", "location", "Paris"), atom("b", 9, 8, "team", "B", "location", "Lyon")), null);

        assertTrue(plan.organisation().shown());
        assertTrue(plan.groups("team").stream().allMatch(PublicationPlan.Group::shown));
        assertTrue(plan.groups("location").stream().allMatch(PublicationPlan.Group::comments));
        assertEquals(new PublicationPlan.Participation(21, 18), plan.organisation().participation());
    }

    @Test
    void aTeamOfThreeCannotBeComputedFromTeamsDepartmentsAndCrossingLocations() {
        // Ops: A (Paris 12, Lyon 8), B (Lyon 7), C (Lyon 3); Sales: X (Paris 9), S (Lyon 8).
        // With one subtraction guarded, Lyon − B − S − A's Lyon part… is no figure; but Ops − A − B = C,
        // and Lyon − (Ops − A) − S would give A's Lyon part combined with C. Every such path must stay closed.
        PublicationPlan plan = DisclosureGate.decide(closed(5,
                atom("a-paris", 12, 12, "team", "A", "department", "Ops", "location", "Paris"),
                atom("a-lyon", 8, 8, "team", "A", "department", "Ops", "location", "Lyon"),
                atom("b", 7, 7, "team", "B", "department", "Ops", "location", "Lyon"),
                atom("c", 3, 3, "team", "C", "department", "Ops", "location", "Lyon"),
                atom("x", 9, 9, "team", "X", "department", "Sales", "location", "Paris"),
                atom("s", 8, 8, "team", "S", "department", "Sales", "location", "Lyon")), null);

        assertEquals(Decisions.Hidden.FEWER_THAN_K, group(plan, "team", "C").hidden());
        long complements = plan.groups("team").stream().filter(g -> g.hidden() == Decisions.Hidden.PROTECTS_SMALLER).count()
                + plan.groups("department").stream().filter(g -> !g.shown()).count()
                + plan.groups("location").stream().filter(g -> !g.shown()).count();
        assertTrue(complements >= 1, "something else hides with C");
        assertTrue(plan.organisation().shown());
    }

    @Test
    void commentsAreNotShownInTwoGroupsWhoseCommonPartIsUnderK() {
        // Team A: 8 in Paris and 2 in Lyon; team B: 8 in each. Every team and location may show
        // its figures (A's Lyon part is no combination of them), but a comment in both A's and
        // Lyon's lists would be one of those two people's.
        PublicationPlan plan = DisclosureGate.decide(closed(5,
                atom("a-paris", 8, 8, "team", "A", "location", "Paris"),
                atom("a-lyon", 2, 2, "team", "A", "location", "Lyon"),
                atom("b-paris", 8, 8, "team", "B", "location", "Paris"),
                atom("b-lyon", 8, 8, "team", "B", "location", "Lyon")), null);

        for (var g : List.of(group(plan, "team", "A"), group(plan, "team", "B"), group(plan, "location", "Paris"),
                group(plan, "location", "Lyon"))) {
            assertTrue(g.shown(), g.value());
        }
        assertFalse(group(plan, "team", "A").comments() && group(plan, "location", "Lyon").comments());
        assertTrue(plan.organisation().comments(), "the organisation's comments stay");
    }

    @Test
    void sixPeopleAnsweringAlikeShowNoFigureForThatQuestionAndCannotBeRecomputed() {
        // G: 6 people, all answered stress 5; H: 10 people with varied answers. Org − H would give G.
        PublicationPlan plan = DisclosureGate.decide(closed(5,
                alike(atom("g", 6, 6, "team", "G"), 5), atom("h", 12, 10, "team", "H")), null);

        var g = group(plan, "team", "G");
        assertTrue(g.shown(), "the group shows, with its participation");
        assertEquals(new PublicationPlan.Withheld(Decisions.Withheld.ALIKE_UNFAVOURABLE), g.figures().get("stress"),
                "stress is negative: 5 is on the unfavourable side");
        assertInstanceOf(PublicationPlan.Answers.class, g.figures().get("clarity"), "other questions keep their figures");
        boolean orgShowsStress = plan.organisation().figures().get("stress") instanceof PublicationPlan.Answers;
        boolean hShowsStress = group(plan, "team", "H").figures().get("stress") instanceof PublicationPlan.Answers;
        assertFalse(orgShowsStress && hShowsStress, "org − H would give G's stress");
    }

    @Test
    void theComplementChosenInOneWaveIsChosenAgainInTheNext() {
        WaveTable first = closed(5, atom("a", 6, 6, "team", "A"), atom("b", 7, 7, "team", "B"), atom("c", 3, 3, "team", "C"));
        WaveTable second = closed(5, atom("a", 8, 8, "team", "A"), atom("b", 7, 7, "team", "B"), atom("c", 3, 3, "team", "C"));

        PublicationPlan one = DisclosureGate.decide(first, null);
        PublicationPlan two = DisclosureGate.decide(second, one.decisions());

        assertEquals(Decisions.Hidden.PROTECTS_SMALLER, group(one, "team", "A").hidden(), "A is the smallest other team");
        assertEquals(Decisions.Hidden.PROTECTS_SMALLER, group(DisclosureGate.decide(second, null), "team", "B").hidden(),
                "alone, the second wave would hide B (now the smallest)");
        assertEquals(Decisions.Hidden.PROTECTS_SMALLER, group(two, "team", "A").hidden(), "but it keeps hiding A");
        assertTrue(group(two, "team", "B").shown());
    }

    @Test
    void aValueFoldedAtOpeningSaysWhy() {
        WaveTable table = new WaveTable(5, 10, List.of(Tables.STRESS), List.of(atom("ops", 9, 9, "department", "Ops"),
                atom("sales", 8, 8, "team", "Sales", "department", "Com")),
                Map.of("team", Map.of("Tiny", 3L, "Legal", 5L, "Sales", 8L)), true);

        PublicationPlan plan = DisclosureGate.decide(table, null);

        assertEquals(Decisions.Hidden.FEWER_THAN_K, group(plan, "team", "Tiny").hidden());
        assertEquals(Decisions.Hidden.PROTECTS_SMALLER, group(plan, "team", "Legal").hidden());
        assertTrue(group(plan, "team", "Sales").shown());
    }

    @Test
    void anOpenWaveDecidesParticipationOnly() {
        WaveTable table = new WaveTable(5, 10, List.of(Tables.STRESS), List.of(atom("a", 12, 7, "team", "A"),
                atom("b", 9, 2, "team", "B")), Map.of(), false);

        PublicationPlan plan = DisclosureGate.decide(table, null);

        assertTrue(plan.organisation().figures().isEmpty());
        assertFalse(plan.organisation().comments());
        assertEquals(Decisions.Hidden.FEWER_THAN_K, group(plan, "team", "B").hidden());
        assertEquals(Decisions.Hidden.PROTECTS_SMALLER, group(plan, "team", "A").hidden(), "org − A would give B");
        assertNull(group(plan, "team", "A").participation());
    }
}
