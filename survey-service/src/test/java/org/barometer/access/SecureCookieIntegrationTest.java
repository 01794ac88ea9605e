package org.barometer.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.AnswerKinds;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind https (BAROMETER_PUBLIC_URL), every cookie is Secure and every answer carries HSTS, even
 * when the proxy talks plain http to us.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureCookieIntegrationTest extends ServiceTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.public-url", "https://barometer.example.org");
    }

    @Test
    void theSignInAndCsrfCookiesAreSecureWhenThePublicUrlIsHttps() {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        List<String> csrf = browser.page("/login").getHeaders().getAll(HttpHeaders.SET_COOKIE);
        assertTrue(csrf.stream().anyMatch(c -> c.startsWith("__Host-barometer_csrf=") && c.contains("Secure")), csrf.toString());

        HttpResponse<String> signIn = browser.submit("/login", Map.of("username", ServiceProperties.ADMIN,
                "password", ServiceProperties.ADMIN_PASSWORD));
        List<String> jwt = signIn.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        assertTrue(jwt.stream().anyMatch(c -> c.startsWith("JWT=") && c.contains("Secure")
                && c.contains("SameSite=Strict")), jwt.toString());
    }

    @Test
    void everyAnswerTellsTheBrowserToUseHttpsOnly() throws Exception {
        var answers = AnswerKinds.sample(server.getURL(), api.login());
        answers.forEach((what, answer) -> assertEquals(List.of("max-age=31536000"),
                answer.headers().allValues("Strict-Transport-Security"), what + " (" + answer.statusCode() + ")"));
    }
}
