package org.barometer.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forged form posts and cookie-signed API calls are refused; the respondent side is left alone. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfIntegrationTest extends ServiceTest {

    private static final Map<String, String> ADMIN = Map.of("username", ServiceProperties.ADMIN,
            "password", ServiceProperties.ADMIN_PASSWORD);

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    private BrowserLikeClient signedIn() {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        assertEquals("/hr", browser.logIn(ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD));
        browser.page("/hr");
        return browser;
    }

    @Test
    void theSignInFormIsRefusedWithoutItsTokenOrWithAnother() {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        browser.page("/login");
        assertEquals(HttpStatus.FORBIDDEN, browser.post("/login", ADMIN).getStatus());
        Map<String, String> forged = new java.util.HashMap<>(ADMIN);
        forged.put("csrfToken", "forged-by-another-site");
        assertEquals(HttpStatus.FORBIDDEN, browser.post("/login", forged).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, browser.submit("/login", ADMIN).getStatus(), "with the page's own token");
    }

    @Test
    void aForgedSignOutLeavesThePersonSignedIn() {
        BrowserLikeClient browser = signedIn();
        HttpResponse<String> forged = browser.post("/logout", Map.of("csrfToken", "guess"));
        assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());
        assertTrue(forged.body().contains("CSRF"), forged.body());
        assertNotNull(browser.cookie("JWT"));
        assertEquals(HttpStatus.OK, browser.page("/hr").getStatus());
    }

    @Test
    void anApiCallSignedByTheCookieNeedsTheTokenInAHeader() {
        BrowserLikeClient browser = signedIn();
        Map<String, Object> wave = Map.of("label", "2026-Q4", "template", "wellbeing-barometer",
                "closesAt", "2099-01-01T00:00:00Z", "anonymityThreshold", 5);
        HttpResponse<String> without = browser.exchange(HttpRequest.POST("/api/v1/waves", wave));
        assertEquals(HttpStatus.FORBIDDEN, without.getStatus());

        HttpResponse<String> with = browser.exchange(HttpRequest.POST("/api/v1/waves", wave)
                .header(CsrfTokens.HEADER, browser.csrfToken()));
        assertTrue(with.getStatus().getCode() < 300, with.getStatus() + " " + with.body());
    }

    @Test
    void aMultipartUploadCarriesItsTokenInAFieldAndTheFileStillArrivesWhole() {
        BrowserLikeClient browser = signedIn();
        byte[] csv = "email;team\n".repeat(20_000).getBytes();
        MultipartBody withToken = MultipartBody.builder().addPart("csrfToken", browser.csrfToken())
                .addPart("file", "staff.csv", MediaType.TEXT_PLAIN_TYPE, csv).build();
        HttpResponse<String> passed = browser.exchange(HttpRequest.POST("/hr/test-upload", withToken)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertEquals("received " + csv.length + " bytes", passed.body());

        MultipartBody withoutToken = MultipartBody.builder()
                .addPart("file", "staff.csv", MediaType.TEXT_PLAIN_TYPE, csv).build();
        assertEquals(HttpStatus.FORBIDDEN, browser.exchange(HttpRequest.POST("/hr/test-upload", withoutToken)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)).getStatus());
    }

    @Test
    void respondentPagesSetNoCookieAndPagesForbidFramingAndInlineScripts() {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        HttpResponse<String> survey = browser.page("/s/not-a-real-token");
        assertTrue(survey.getHeaders().getAll(HttpHeaders.SET_COOKIE).isEmpty(), "no cookie ever reaches a respondent");

        HttpResponse<String> login = browser.page("/login");
        String csrfCookie = login.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("barometer_csrf=")).findFirst().orElseThrow();
        assertTrue(csrfCookie.contains("SameSite=Strict") && csrfCookie.toLowerCase().contains("httponly"), csrfCookie);
        String csp = login.getHeaders().get("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("no-referrer", login.getHeaders().get("Referrer-Policy"));
        assertFalse(login.body().contains("<script"), "the sign-in page has no script at all");
        assertFalse(login.body().contains("style=\""), "nor inline style");
    }
}
