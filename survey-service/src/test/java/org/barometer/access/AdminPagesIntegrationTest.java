package org.barometer.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin pages, driven like a browser: forms with their CSRF token, post/redirect/get. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesIntegrationTest extends ServiceTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    private BrowserLikeClient admin() {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        browser.logIn(ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD);
        return browser;
    }

    @Test
    void anAdminCreatesAnAccountFromThePageAndSeesItListed() {
        BrowserLikeClient browser = admin();
        assertTrue(browser.page("/hr/admin/users?lang=fr").body().contains("Nouveau compte"));
        String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

        HttpResponse<String> created = browser.submit("/hr/admin/users",
                Map.of("email", email, "role", "VIEWER", "password", "a long enough password", "lang", "en"));
        assertEquals(HttpStatus.SEE_OTHER, created.getStatus());
        String list = browser.page(created.getHeaders().get(HttpHeaders.LOCATION)).body();
        assertTrue(list.contains("The account was created."), list);
        assertTrue(list.contains(email));
    }

    @Test
    void aRefusedChangeShowsTheReasonOnThePage() {
        BrowserLikeClient browser = admin();
        browser.page("/hr/admin/users");
        HttpResponse<String> refused = browser.submit("/hr/admin/users",
                Map.of("email", "x@test.example", "role", "HR", "password", "short", "lang", "en"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.body().contains("password must have at least 12 characters."), refused.body());
        assertFalse(refused.body().contains("<td>x@test.example</td>"));
    }

    @Test
    void theAdminPagesCarryTheDashboardMenuWithTheirOwnEntryCurrent() {
        BrowserLikeClient browser = admin();
        String users = browser.page("/hr/admin/users?lang=en").body();
        assertTrue(users.contains("aria-current=\"page\">Users</a>"), users);
        assertTrue(users.contains("href=\"/hr/waves\"") && users.contains("id=\"logout\""), "the common menu and sign-out");
        String audit = browser.page("/hr/admin/audit?lang=en").body();
        assertTrue(audit.contains("aria-current=\"page\">Audit</a>"), audit);
        assertTrue(audit.contains("href=\"/hr/admin/users\""));
    }

    @Test
    void theAuditPageListsActionsInTheChosenLanguage() {
        BrowserLikeClient browser = admin();
        api.importCsv("email,name,locale,team\nann@example.com,Ann,fr,Sales\n", false);
        String page = browser.page("/hr/admin/audit?lang=fr").body();
        assertTrue(page.contains("Journal d’audit"), page);
        assertTrue(page.contains("Import de la liste du personnel"));
        assertTrue(page.contains("1 created, 0 updated, 0 deactivated"));
        // An import names the addresses it put in each group (so that padding a small team with
        // made-up people leaves a trace, docs/anonymity.md); nothing else in the log names an employee.
        assertTrue(page.contains("added: ann@example.com (team=Sales)"), page);
    }

    @Test
    void onlyAdminsReachTheAdminPages() {
        String email = "hr-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        api.retrieve(HttpRequest.POST("/api/v1/users", Map.of("email", email, "role", "HR", "password", "a long enough password")));
        BrowserLikeClient hr = new BrowserLikeClient(server.getURL());
        hr.logIn(email, "a long enough password");
        assertEquals(HttpStatus.FORBIDDEN, hr.page("/hr/admin/users").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, hr.page("/hr/admin/audit").getStatus());
    }
}
