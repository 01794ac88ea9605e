package org.barometer.insight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cells a spreadsheet would run as a formula come out as text; every other cell is unchanged. */
class ResultsCsvTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://evil.example\")|'=HYPERLINK(\"http://evil.example\")",
            "+33 1 23 45 67 89|'+33 1 23 45 67 89",
            "-2+3|'-2+3",
            "@SUM(A1:A2)|'@SUM(A1:A2)",
            "Sales|Sales",
            "Équipe = Paris|Équipe = Paris",
            "3.5000|3.5000",
            "''|''"})
    void neutralisesOnlyCellsThatStartLikeAFormula(String cell, String written) {
        assertEquals(written, ResultsCsv.neutralise(cell));
    }

    @ParameterizedTest(name = "control character {0}")
    @CsvSource({"9", "13"})
    void aLeadingTabOrCarriageReturnIsNeutralisedToo(int control) {
        String cell = (char) control + "=1+1";
        assertEquals("'" + cell, ResultsCsv.neutralise(cell));
    }
}
