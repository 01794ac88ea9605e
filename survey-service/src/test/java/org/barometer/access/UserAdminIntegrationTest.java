package org.barometer.access;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.barometer.testing.BarometerApi.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admins manage accounts over the API; every HR action lands in the audit log. Runs on H2 and PostgreSQL. */
abstract class UserAdminIntegrationTest extends ServiceTest {

    private static final String PASSWORD = "a long enough password";

    private String newEmail() {
        return "hr-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private Map<String, Object> create(String email, String role, String password) {
        return api.retrieve(HttpRequest.POST("/api/v1/users", Map.of("email", email, "role", role, "password", password)));
    }

    private BarometerApi signedInAs(String email, String password) {
        BarometerApi other = BarometerApi.at(server.getURL(), email, password);
        other.login();
        return other;
    }

    private static String status(Runnable call) {
        return failure(call).getStatus().name();
    }

    @Test
    void anAdminCreatesAnHrAccountThatCanWorkButNotAdminister() {
        String email = newEmail();
        Map<String, Object> created = create(email.toUpperCase(), "hr", PASSWORD);
        assertEquals(email, created.get("email"), "stored in lower case");
        assertEquals("HR", created.get("role"));
        assertFalse(created.containsKey("passwordHash"));

        BarometerApi hr = signedInAs(email, PASSWORD);
        hr.importCsv(Staff.team("Sales", 3), false);
        assertEquals("FORBIDDEN", status(() -> hr.retrieve(HttpRequest.GET("/api/v1/users"))));
        assertEquals("FORBIDDEN", status(() -> hr.retrieve(HttpRequest.GET("/api/v1/audit"))));
    }

    @Test
    void badAccountsAreRefusedWithASentenceSayingWhatToFixAndNothingIsCreated() {
        int before = api.http().retrieve(HttpRequest.GET("/api/v1/users").bearerAuth(api.login()), Argument.listOf(Map.class)).size();
        assertRefused(HttpStatus.BAD_REQUEST, "email must be an email address", Map.of("email", "not-an-email", "role", "HR", "password", PASSWORD));
        assertRefused(HttpStatus.BAD_REQUEST, "role must be one of ADMIN, HR, VIEWER", Map.of("email", newEmail(), "role", "BOSS", "password", PASSWORD));
        assertRefused(HttpStatus.BAD_REQUEST, "password must have at least 12 characters", Map.of("email", newEmail(), "role", "HR", "password", "short"));
        assertRefused(HttpStatus.BAD_REQUEST, "email must be", Map.of("role", "HR", "password", PASSWORD));
        assertRefused(HttpStatus.CONFLICT, "already exists", Map.of("email", ServiceProperties.ADMIN, "role", "HR", "password", PASSWORD));
        int after = api.http().retrieve(HttpRequest.GET("/api/v1/users").bearerAuth(api.login()), Argument.listOf(Map.class)).size();
        assertEquals(before, after);
    }

    private void assertRefused(HttpStatus status, String message, Map<String, String> body) {
        HttpClientResponseException e = failure(() -> api.retrieve(HttpRequest.POST("/api/v1/users", body)));
        assertEquals(status, e.getStatus());
        String text = e.getResponse().getBody(Map.class).map(m -> String.valueOf(m.get("message"))).orElse("");
        assertTrue(text.contains(message), text);
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAndAResetPasswordReplacesTheOldOne() {
        String email = newEmail();
        String id = (String) create(email, "VIEWER", PASSWORD).get("id");

        assertEquals(true, api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/disable", "")).get("disabled"));
        assertEquals("UNAUTHORIZED", status(() -> signedInAs(email, PASSWORD)));
        api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/enable", ""));
        signedInAs(email, PASSWORD);

        api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/password", Map.of("password", "another long password")));
        assertEquals("UNAUTHORIZED", status(() -> signedInAs(email, PASSWORD)));
        signedInAs(email, "another long password");

        assertEquals("BAD_REQUEST", status(() -> api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/role", Map.of("role", "")))));
        assertEquals("HR", api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/role", Map.of("role", "HR"))).get("role"));
        assertEquals("NOT_FOUND", status(() -> api.retrieve(HttpRequest.POST("/api/v1/users/" + UUID.randomUUID() + "/disable", ""))));
    }

    @Test
    void disablingAnAccountOrChangingItsRoleOrPasswordEndsItsSessionsOnTheNextRequest() {
        String email = newEmail();
        String id = (String) create(email, "HR", PASSWORD).get("id");
        String bearer = signedInAs(email, PASSWORD).login();
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        browser.logIn(email, PASSWORD);
        assertEquals(HttpStatus.OK, waves(bearer));
        assertEquals(HttpStatus.OK, browser.page("/hr").getStatus());

        api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/disable", ""));
        assertEquals(HttpStatus.UNAUTHORIZED, waves(bearer), "the bearer token of a disabled account");
        HttpResponse<String> page = browser.page("/hr");
        assertEquals(HttpStatus.SEE_OTHER, page.getStatus(), "the sign-in cookie of a disabled account");
        assertEquals("/login", page.getHeaders().get(HttpHeaders.LOCATION));

        api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/enable", ""));
        String asHr = signedInAs(email, PASSWORD).login();
        assertEquals(HttpStatus.OK, waves(asHr));
        api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/role", Map.of("role", "VIEWER")));
        assertEquals(HttpStatus.UNAUTHORIZED, waves(asHr), "a token of the old role");
        String asViewer = signedInAs(email, PASSWORD).login();
        assertEquals(HttpStatus.FORBIDDEN, waves(asViewer), "signed in again, the new role applies");

        api.retrieve(HttpRequest.POST("/api/v1/users/" + id + "/password", Map.of("password", "another long password")));
        assertEquals(HttpStatus.UNAUTHORIZED, waves(asViewer), "a token from before the new password");
        assertEquals(HttpStatus.FORBIDDEN, waves(signedInAs(email, "another long password").login()));
    }

    private HttpStatus waves(String bearer) {
        try {
            return api.http().exchange(HttpRequest.GET("/api/v1/waves").bearerAuth(bearer), String.class).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = api.http().retrieve(HttpRequest.GET("/api/v1/users").bearerAuth(api.login()),
                Argument.listOf((Class<Map<String, Object>>) (Class<?>) Map.class));
        String me = (String) all.stream().filter(u -> ServiceProperties.ADMIN.equals(u.get("email"))).findFirst().orElseThrow().get("id");
        assertEquals("CONFLICT", status(() -> api.retrieve(HttpRequest.POST("/api/v1/users/" + me + "/disable", ""))));
        assertEquals("CONFLICT", status(() -> api.retrieve(HttpRequest.POST("/api/v1/users/" + me + "/role", Map.of("role", "VIEWER")))));
    }

    @Test
    void theAuditLogRecordsWhoDidWhatAndNamesNoEmployee() {
        String email = newEmail();
        create(email, "HR", PASSWORD);
        BarometerApi hr = signedInAs(email, PASSWORD);
        hr.importCsv(Staff.team("Sales", 3), false);
        String wave = hr.openedWave("2026-Q4", 3);
        hr.closeWave(wave);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) api.retrieve(HttpRequest.GET("/api/v1/audit?size=50")).get("entries");
        List<String> byHr = entries.stream().filter(e -> email.equals(e.get("actor"))).map(e -> (String) e.get("action")).toList();
        assertEquals(List.of("wave.close", "wave.open", "wave.create", "employees.import", "login"), byHr, "newest first");
        assertTrue(entries.stream().anyMatch(e -> "user.create".equals(e.get("action"))
                && ServiceProperties.ADMIN.equals(e.get("actor")) && ((String) e.get("target")).contains(email)));
        String wholeLog = entries.stream().filter(e -> !"employees.import".equals(e.get("action"))).toList().toString();
        assertFalse(wholeLog.contains("sales-1@example.com"), "no employee is named but by the import: " + wholeLog);
        assertTrue(entries.stream().anyMatch(e -> "employees.import".equals(e.get("action"))
                && ("3 created, 0 updated, 0 deactivated; added: sales-1@example.com (team=Sales, department=Operations), "
                + "sales-2@example.com (team=Sales, department=Operations), sales-3@example.com (team=Sales, "
                + "department=Operations)").equals(e.get("target"))), entries.toString());
        assertEquals("BAD_REQUEST", status(() -> api.retrieve(HttpRequest.GET("/api/v1/audit?size=100000"))));
    }
}
