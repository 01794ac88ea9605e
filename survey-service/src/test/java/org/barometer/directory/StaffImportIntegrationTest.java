package org.barometer.directory;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR uploads the staff list as a spreadsheet export; the same tests run on H2 and PostgreSQL. */
abstract class StaffImportIntegrationTest extends ServiceTest {

    @Test
    void aFrenchExcelExportWithBomSemicolonsAndQuotesIsImported() {
        String csv = "\uFEFFemail;name;locale;team;location\r\n"
                + "ana.lopez@example.com;\"Lopez; Ana\";fr;Sales;Lyon\r\n"
                + "ben.ng@example.com;Ben Ng;en;R&D;Paris\r\n"
                + "\r\n"
                + "CHLOE.DURAND@Example.com;Chloé Durand;;Sales;Lyon\r\n";

        Map<String, Object> result = api.importCsv(csv, false);

        assertEquals(Map.of("created", 3, "updated", 0, "deactivated", 0), result);
        Map<String, Object> page = api.retrieve(HttpRequest.GET("/api/v1/employees?q=lyon"));
        List<?> employees = (List<?>) page.get("employees");
        assertEquals(2, employees.size(), "two people in Lyon: " + page);
        assertTrue(page.toString().contains("Lopez; Ana"), "the quoted separator stays in the name: " + page);
        assertTrue(page.toString().contains("chloe.durand@example.com"), "emails are stored lower-case: " + page);
    }

    @Test
    void importingAgainUpdatesChangedPeopleAndCanDeactivateThoseAbsent() {
        api.importCsv("email,name,team\nkeep@example.com,Keep,Sales\nmove@example.com,Move,Sales\nleave@example.com,Leave,Sales\n", false);

        Map<String, Object> result = api.importCsv("email,name,team\nkeep@example.com,Keep,Sales\n"
                + "move@example.com,Move,Support\nnew@example.com,New,Support\n", true);

        assertEquals(Map.of("created", 1, "updated", 1, "deactivated", 1), result);
        Map<String, Object> active = api.retrieve(HttpRequest.GET("/api/v1/employees"));
        assertEquals(3, ((Number) active.get("total")).intValue(), "leave@ is no longer active: " + active);
    }

    /**
     * A4: an import's audit entry names whom it put in which group (a made-up invitee added to a
     * small team opens its results), bounded: past the room, how many more.
     */
    @Test
    void theImportsAuditEntryNamesWhomItPutInWhichGroup() {
        api.importCsv("email,name,team,department\nkeep@example.com,Keep,Data,Eng\nleave@example.com,Leave,Data,Eng\n", false);
        api.importCsv("email,name,team,department\nkeep@example.com,Keep,Data,Eng\n", true);

        api.importCsv("email,name,team,department\nkeep@example.com,Keep,Ops,Eng\nleave@example.com,Leave,Data,Eng\n"
                + "fake@example.com,Fake,Data,\n", false);

        assertEquals("1 created, 2 updated, 0 deactivated; added: fake@example.com (team=Data); regrouped: "
                + "keep@example.com (team=Ops, department=Eng), leave@example.com (team=Data, department=Eng)",
                lastImport(), "who joined a group, who moved, who came back");
        StringBuilder crowd = new StringBuilder("email,team\n");
        for (int i = 0; i < 300; i++) {
            crowd.append("person-").append(i).append("@example.com,Crowd\n");
        }
        api.importCsv(crowd.toString(), false);
        String target = lastImport();
        assertTrue(target.length() <= 4000 && target.matches(".*, … and \\d+ more"), target);
    }

    @SuppressWarnings("unchecked")
    private String lastImport() {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) api.retrieve(HttpRequest.GET("/api/v1/audit?size=100"))
                .get("entries");
        return (String) entries.stream().filter(e -> "employees.import".equals(e.get("action"))).findFirst().orElseThrow()
                .get("target");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad email          | email,name\\nok@example.com,A\\nnot-an-email,B\\n          | 3 | email
            duplicate email    | email,name\\nsame@example.com,A\\nSAME@example.com,B\\n   | 3 | email
            unknown locale     | email,locale\\nok@example.com,fr\\nde@example.com,de\\n    | 3 | locale
            empty email        | email,name\\nok@example.com,A\\n,Nobody\\n                  | 3 | email
            ragged row         | email,name,team\\nok@example.com,A,Sales\\nx@example.com,B\\n | 3 | ''
            no email column    | name,team\\nA,Sales\\n                                     | 1 | email
            """)
    void aFileWithABadRowIsRefusedWholeWithTheLineAndNothingIsImported(String kind, String escapedCsv, int line,
                                                                     String column) {
        String csv = escapedCsv.replace("\\n", "\n");

        var failure = BarometerApi.failure(() -> api.importCsv(csv, true));

        assertEquals(HttpStatus.BAD_REQUEST, failure.getStatus(), kind);
        Map<?, ?> body = failure.getResponse().getBody(Map.class).orElseThrow();
        List<?> errors = (List<?>) body.get("errors");
        Map<?, ?> first = (Map<?, ?>) errors.get(0);
        assertEquals(line, ((Number) first.get("line")).intValue(), kind + ": " + body);
        assertEquals(column, first.get("column"), kind + ": " + body);
        assertTrue(((String) first.get("message")).length() > 10, "a sentence that says what to fix: " + body);
        Map<String, Object> employees = api.retrieve(HttpRequest.GET("/api/v1/employees?activeOnly=false"));
        assertEquals(0, ((Number) employees.get("total")).intValue(), kind + ": nothing imported, not even ok@");
    }

    @Test
    void theImportNeedsAnHrLogin() {
        var failure = BarometerApi.failure(() -> api.http().exchange(HttpRequest.POST("/api/v1/employees/import",
                "email\nx@example.com\n").contentType("text/csv")));

        assertEquals(HttpStatus.UNAUTHORIZED, failure.getStatus());
    }
}
