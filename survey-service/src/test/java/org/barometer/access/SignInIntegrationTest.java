package org.barometer.access;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.barometer.testing.AnswerKinds;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.barometer.testing.BarometerApi.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out from a browser's point of view, over real HTTP, next to the JSON/bearer API. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIntegrationTest extends ServiceTest {

    @Inject
    HrUserRepository users;
    @Inject
    PasswordHasher hasher;

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    private BrowserLikeClient browser() {
        return new BrowserLikeClient(server.getURL());
    }

    @Test
    void theSignInPageSpeaksTheBrowsersLanguageAndCanBeSwitched() {
        BrowserLikeClient browser = browser();
        String french = browser.page("/login", "fr-FR,fr;q=0.9,en;q=0.5").body();
        assertTrue(french.contains("<html lang=\"fr\""), french);
        assertTrue(french.contains("<label for=\"password\">Mot de passe</label>"), french);

        String english = browser.page("/login", "en-GB").body();
        assertTrue(english.contains("<html lang=\"en\""));
        assertTrue(english.contains("<label for=\"username\">Email address</label>"));

        String switched = browser.page("/login?lang=fr", "en-GB").body();
        assertTrue(switched.contains("Se connecter"));
        assertNotNull(browser.csrfToken(), "the form carries a CSRF token");
    }

    @Test
    void aFormSignInSetsAStrictHttpOnlyCookieAndLandsOnTheDashboard() {
        BrowserLikeClient browser = browser();
        browser.page("/login");
        HttpResponse<String> response = browser.submit("/login",
                Map.of("username", ServiceProperties.ADMIN, "password", ServiceProperties.ADMIN_PASSWORD));

        assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
        assertEquals("/hr", response.getHeaders().get(HttpHeaders.LOCATION));
        String cookie = response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JWT=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain http public URL: not Secure, or the browser would drop it: " + cookie);

        HttpResponse<String> dashboard = browser.page("/hr");
        assertEquals(HttpStatus.OK, dashboard.getStatus());
        assertTrue(dashboard.body().contains(ServiceProperties.ADMIN));
    }

    @Test
    void theCookieAlsoOpensTheApi() {
        BrowserLikeClient browser = browser();
        browser.logIn(ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD);
        HttpResponse<String> waves = browser.exchange(HttpRequest.GET("/api/v1/waves").accept(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(HttpStatus.OK, waves.getStatus());
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswerAndTheSamePage() {
        BrowserLikeClient browser = browser();
        browser.page("/login");
        HttpResponse<String> wrong = browser.submit("/login", Map.of("username", ServiceProperties.ADMIN, "password", "nope"));
        HttpResponse<String> unknown = browser.submit("/login", Map.of("username", "nobody@test.example", "password", "nope"));

        assertEquals(HttpStatus.SEE_OTHER, wrong.getStatus());
        assertEquals(wrong.getHeaders().get(HttpHeaders.LOCATION), unknown.getHeaders().get(HttpHeaders.LOCATION));
        assertNull(browser.cookie("JWT"));
        String page = browser.page(wrong.getHeaders().get(HttpHeaders.LOCATION), "en").body();
        assertTrue(page.contains("The email address or the password is not right."), page);
        assertEquals(HttpStatus.SEE_OTHER, browser.page("/hr").getStatus(), "still signed out");
    }

    /** Over plain http HSTS would be ignored by browsers at best, and lock out a trial on localhost at worst. */
    @Test
    void overPlainHttpNoAnswerCarriesHsts() throws Exception {
        var answers = AnswerKinds.sample(server.getURL(), api.login());
        answers.forEach((what, answer) -> assertTrue(answer.headers().allValues("Strict-Transport-Security").isEmpty(),
                what + " (" + answer.statusCode() + ")"));
        assertTrue(answers.values().stream().allMatch(a -> a.headers().allValues("Set-Cookie").stream()
                .noneMatch(c -> c.contains("Secure"))), "and no cookie is Secure");
    }

    @Test
    void aJsonSignInStillAnswersABearerTokenThatOpensTheApi() {
        Map<String, Object> body = api.http().retrieve(HttpRequest.POST("/login",
                        Map.of("username", ServiceProperties.ADMIN, "password", ServiceProperties.ADMIN_PASSWORD)),
                Argument.mapOf(String.class, Object.class));
        String token = (String) body.get("access_token");
        assertNotNull(token);
        assertEquals(HttpStatus.OK, api.http().exchange(HttpRequest.GET("/api/v1/waves").bearerAuth(token)).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, failure(() -> api.http().retrieve(HttpRequest.POST("/login",
                Map.of("username", ServiceProperties.ADMIN, "password", "wrong")))).getStatus());
    }

    @Test
    void anonymousPagesGoToSignInAndTheApiSays401() {
        BrowserLikeClient browser = browser();
        HttpResponse<String> page = browser.page("/hr");
        assertEquals(HttpStatus.SEE_OTHER, page.getStatus());
        assertEquals("/login", page.getHeaders().get(HttpHeaders.LOCATION));

        HttpResponse<String> apiCall = browser.exchange(HttpRequest.GET("/api/v1/waves").header(HttpHeaders.ACCEPT, BrowserLikeClient.ACCEPT));
        assertEquals(HttpStatus.UNAUTHORIZED, apiCall.getStatus(), "the API never redirects, even a browser");
    }

    @Test
    void aViewerIsRefusedHrActionsWith403() {
        String email = "viewer-" + UUID.randomUUID() + "@test.example";
        users.save(new HrUser(UUID.randomUUID(), email, hasher.hash("viewer password 1"), Roles.VIEWER, Instant.now(), false));
        BrowserLikeClient browser = browser();
        browser.logIn(email, "viewer password 1");

        HttpResponse<String> importCsv = browser.exchange(HttpRequest.POST("/api/v1/employees/import", "email\n")
                .contentType("text/csv").header(CsrfTokens.HEADER, browser.csrfToken()));
        assertEquals(HttpStatus.FORBIDDEN, importCsv.getStatus());
        assertEquals(HttpStatus.OK, browser.page("/hr").getStatus(), "a viewer may read the dashboard");
    }

    @Test
    void signingOutClearsTheCookieAndReturnsToTheSignInPage() {
        BrowserLikeClient browser = browser();
        browser.logIn(ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD);
        browser.page("/hr");

        HttpResponse<String> out = browser.submit("/logout", Map.of());
        assertEquals(HttpStatus.SEE_OTHER, out.getStatus());
        assertTrue(out.getHeaders().get(HttpHeaders.LOCATION).startsWith("/login"));
        assertNull(browser.cookie("JWT"), "the sign-in cookie is cleared");
        assertEquals(HttpStatus.SEE_OTHER, browser.page("/hr").getStatus());
    }

    @Test
    void aDeletedAccountsCookieAndTokenStopWorking() {
        String email = "gone-" + UUID.randomUUID() + "@test.example";
        HrUser user = users.save(new HrUser(UUID.randomUUID(), email, hasher.hash("soon gone password"), Roles.HR,
                Instant.now(), false));
        BrowserLikeClient browser = browser();
        browser.logIn(email, "soon gone password");
        String bearer = (String) api.http().retrieve(HttpRequest.POST("/login",
                Map.of("username", email, "password", "soon gone password")), Map.class).get("access_token");

        users.delete(user);

        HttpResponse<String> page = browser.page("/hr");
        assertEquals(HttpStatus.SEE_OTHER, page.getStatus());
        assertEquals("/login", page.getHeaders().get(HttpHeaders.LOCATION));
        assertEquals(HttpStatus.UNAUTHORIZED, failure(() -> api.http().retrieve(HttpRequest.GET("/api/v1/waves")
                .bearerAuth(bearer))).getStatus());
    }
}
