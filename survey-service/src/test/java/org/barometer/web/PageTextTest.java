package org.barometer.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one text look-up of the HR and the respondent pages. */
class PageTextTest {

    private static final String FRENCH = """
            thanks.title=Merci
            staff.page={0} / {1}
            respond.anonymity=Résultats affichés à partir de {0} réponses.
            """;

    @Test
    void findsATextByKeyAndShowsAMissingKeyAsItself() {
        PageText t = PageText.of(FRENCH, "fr");
        assertEquals("Merci", t.get("thanks.title"));
        assertEquals("no.such.key", t.get("no.such.key"));
        assertEquals("fr", t.lang());
    }

    @Test
    void fillsPlaceholdersAndWritesNumbersTheLanguagesWay() {
        PageText french = PageText.of(FRENCH, "fr");
        assertEquals("Résultats affichés à partir de 5 réponses.", french.format("respond.anonymity", 5));
        assertEquals("2 / 3", french.format2("staff.page", 2, 3));
        assertEquals("3,4", french.number(3.42, 1));
        assertEquals("3.4", PageText.of(FRENCH, "en").number(3.42, 1));
        assertEquals("–", french.number(null, 1));
    }
}
