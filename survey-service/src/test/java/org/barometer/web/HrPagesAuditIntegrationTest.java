package org.barometer.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import org.barometer.testing.HrPages;
import org.barometer.testing.HrUsers;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What HR does through the pages lands in the audit log as it does through the API: the same
 * actions, the same targets, the signed-in account as actor, and no employee but those an import
 * put in a group (with the group: A4).
 */
abstract class HrPagesAuditIntegrationTest extends ServiceTest {

    private static final String HR = "hr-pages-audit@test.example";
    private static final String STAFF = "email,name,team\nann@example.com,Ann Archer,Sales\n"
            + "bob@example.com,Bob Baker,Sales\ncid@example.com,Cid Carter,Ops\n";

    @Test
    void importWavesProgramsAndTheCsvExportDoneThroughThePagesAreAuditedUnderTheAccount() {
        HrUsers.add(getProperties(), HR, "HR");
        HrPages hr = HrPages.as(server.getURL(), HR, HrUsers.PASSWORD);

        assertEquals(HttpStatus.OK, preview(hr, STAFF).getStatus());
        assertEquals(List.of(), entriesOf(HR), "a preview writes nothing and records nothing");
        assertEquals(HttpStatus.SEE_OTHER, hr.post("/hr/staff/import", Map.of("csv", STAFF, "deactivateMissing", "false")).getStatus());

        assertEquals("/hr/waves?done=created&count=0", hr.post("/hr/waves", Map.of("label", "2026-Q4",
                "template", "wellbeing-barometer", "threshold", "3", "closesOn", "2099-12-31")).header("Location"));
        String wave = (String) api.http().retrieve(HttpRequest.GET("/api/v1/waves").bearerAuth(api.login()),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0).get("id");
        assertEquals("/hr/waves?done=opened&count=3", hr.post("/hr/waves/" + wave + "/open", Map.of()).header("Location"));
        api.awaitDelivered(wave, Duration.ofSeconds(30));
        assertEquals("/hr/waves?done=invited&count=0", hr.post("/hr/waves/" + wave + "/invite-new", Map.of()).header("Location"));
        hr.post("/hr/waves/" + wave + "/close", Map.of());

        hr.post("/hr/programs", Map.of("name", "Quarterly", "template", "wellbeing-barometer", "openOn", "FIRST_MONDAY",
                "openDays", "14", "reminderDays", "3", "anonymityThreshold", "5"));
        String program = (String) api.http().retrieve(HttpRequest.GET("/api/v1/programs").bearerAuth(api.login()),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0).get("id");
        hr.post("/hr/programs/" + program, Map.of("name", "Barometer", "openDays", "10"));
        hr.post("/hr/programs/" + program + "/pause", Map.of());
        hr.post("/hr/programs/" + program + "/resume", Map.of());

        HttpResponse<String> csv = hr.exchange(HttpRequest.GET("/api/v1/waves/" + wave + "/results.csv?by=team").accept("text/csv"));
        assertEquals(HttpStatus.OK, csv.getStatus());

        String aWave = "wave " + wave + " (2026-Q4)";
        String aProgram = "program " + program + " (Barometer)";
        assertEquals(List.of(
                List.of("results.export", aWave + ", by=team"),
                List.of("program.resume", aProgram),
                List.of("program.pause", aProgram),
                // The page's form always sets the reminder days: left empty, it removes them.
                List.of("program.update", aProgram + ", changed: name, openDays, reminderDays"),
                List.of("program.create", "program " + program + " (Quarterly)"),
                List.of("wave.close", aWave),
                List.of("wave.invite-new", aWave + ", 0 invited"),
                List.of("wave.open", aWave + ", 3 invited"),
                List.of("wave.create", aWave),
                List.of("employees.import", "3 created, 0 updated, 0 deactivated; added: ann@example.com (team=Sales), "
                        + "bob@example.com (team=Sales), cid@example.com (team=Ops)")), entriesOf(HR), "newest first");
        String wholeLog = entries().stream().filter(e -> !"employees.import".equals(e.get("action"))).toList().toString();
        assertFalse(wholeLog.contains("@example.com") || wholeLog.contains("Ann") || wholeLog.contains("Baker"),
                "no employee is named elsewhere: " + wholeLog);
    }

    /** Action and target of what {@code email} did after signing in, newest first. */
    private List<List<Object>> entriesOf(String email) {
        return entries().stream().filter(e -> email.equals(e.get("actor")) && !"login".equals(e.get("action")))
                .map(e -> Arrays.asList(e.get("action"), e.get("target"))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries() {
        return (List<Map<String, Object>>) api.retrieve(HttpRequest.GET("/api/v1/audit?size=100")).get("entries");
    }

    private static HttpResponse<String> preview(HrPages pages, String csv) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "staff.csv", MediaType.of("text/csv"), csv.getBytes(StandardCharsets.UTF_8))
                .addPart("deactivateMissing", "false").addPart("csrfToken", pages.csrfToken()).build();
        return pages.exchange(HttpRequest.POST("/hr/staff/preview", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header("Accept-Language", "en"));
    }
}
