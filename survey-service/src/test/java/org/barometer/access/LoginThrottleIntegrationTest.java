package org.barometer.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.barometer.testing.Jdbc;
import org.barometer.testing.LogCapture;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guessing passwords through POST /login: past {@value #PER_ACCOUNT} failures for an account, or
 * {@value #PER_ADDRESS} from an address, within the window, every try for that account or from
 * that address is refused unheard (429, Retry-After), even with the right password, for a while;
 * a success forgets the account's failures. Each client plays its address through
 * X-Forwarded-For, which the service trusts here as it would behind a proxy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleIntegrationTest extends ServiceTest {

    private static final int PER_ACCOUNT = 3;
    private static final int PER_ADDRESS = 6;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    @Inject
    HrUserRepository users;
    @Inject
    PasswordHasher hasher;
    @Inject
    MovableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private String email;
    private String password;

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("barometer.login.max-failures", String.valueOf(PER_ACCOUNT),
                "barometer.login.max-failures-per-address", String.valueOf(PER_ADDRESS),
                "barometer.login.window", "1h",
                "micronaut.server.client-address-header", "X-Forwarded-For",
                MovableClockFactory.PROPERTY, "true");
    }

    /** A fresh account each test, so no test inherits another's failures. */
    @BeforeEach
    void anAccount() {
        email = "hr-" + UUID.randomUUID() + "@test.example";
        password = "the right password " + UUID.randomUUID();
        users.save(new HrUser(UUID.randomUUID(), email, hasher.hash(password), Roles.HR, Instant.now(), false));
    }

    @AfterEach
    void backToNow() {
        clock.jumpTo(Instant.now());
    }

    @Test
    void pastTheAccountsFailuresEveryTryForItIsRefusedFromAnyAddressEvenWithTheRightPassword() throws Exception {
        for (int i = 1; i <= PER_ACCOUNT; i++) {
            assertEquals(401, json(newAddress(), email, "wrong " + i).statusCode(), "failure " + i + " is heard");
        }
        HttpResponse<String> refused = json(newAddress(), email, password);

        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "within the window: " + retryAfter);
        assertTrue(refused.body().contains("Too many failed sign-ins"), refused.body());
        assertFalse(refused.body().contains("access_token"));
        assertEquals(200, json(newAddress(), ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD).statusCode(), "another account is not affected");
    }

    @Test
    void pastTheAddressesFailuresEveryTryFromItIsRefusedWhateverTheAccount() throws Exception {
        String address = newAddress();
        for (int i = 1; i <= PER_ADDRESS; i++) {
            assertEquals(401, json(address, "nobody-" + i + "@test.example", "wrong").statusCode(), "failure " + i + " is heard");
        }

        assertEquals(429, json(address, email, password).statusCode(), "a real account with its password, from there");
        assertEquals(200, json(newAddress(), email, password).statusCode(), "the same account from elsewhere");
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 1; i < PER_ACCOUNT; i++) {
                assertEquals(401, json(newAddress(), email, "wrong").statusCode(), "round " + round + ", failure " + i);
            }
            assertEquals(200, json(newAddress(), email, password).statusCode(), "round " + round);
        }
    }

    @Test
    void theRefusalLastsOnlyAsLongAsItSays() throws Exception {
        for (int i = 1; i <= PER_ACCOUNT; i++) {
            json(newAddress(), email, "wrong");
        }
        long retryAfter = Long.parseLong(json(newAddress(), email, password).headers().firstValue("Retry-After").orElseThrow());

        clock.jumpTo(Instant.now().plusSeconds(retryAfter / 2));
        assertEquals(429, json(newAddress(), email, password).statusCode(), "halfway");
        clock.jumpTo(Instant.now().plusSeconds(retryAfter + 1));
        assertEquals(200, json(newAddress(), email, password).statusCode(), "after Retry-After");
    }

    @Test
    void theSignInPageSaysItInTheReadersLanguage() throws Exception {
        String address = newAddress();
        for (int i = 1; i <= PER_ACCOUNT; i++) {
            assertEquals(303, form(address, email, "wrong", "fr").statusCode());
        }
        HttpResponse<String> french = form(address, email, password, "fr");
        HttpResponse<String> english = form(address, email, password, "en");

        assertEquals(429, french.statusCode());
        assertTrue(french.headers().firstValue("Retry-After").isPresent());
        assertTrue(french.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(french.body().contains("Trop d’échecs de connexion") && french.body().contains("<html lang=\"fr\""), french.body());
        assertTrue(french.body().contains("name=\"csrfToken\""), "the form is there to try again later");
        assertTrue(english.body().contains("Too many failed sign-ins") && english.body().contains("<html lang=\"en\""), english.body());
        assertTrue(json(address, email, password, "fr-FR").body().contains("Trop d’échecs"), "JSON in French when asked");
    }

    /** Also: the failures heard are audited, the tries refused unheard are not (each would be a write for free). */
    @Test
    void theAddressIsNeitherLoggedNorStored() throws Exception {
        String address = "203.0.113.77";
        long failuresBefore = Jdbc.count(getProperties(), "SELECT COUNT(*) FROM audit_event WHERE action = 'login.failed'");
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i <= PER_ADDRESS; i++) {
                json(address, "someone-" + i + "@test.example", "wrong");
            }
            assertEquals(429, json(address, email, password).statusCode());
            List<String> lines = log.lines();
            assertTrue(lines.stream().noneMatch(l -> l.contains(address) || l.contains("203.0.113")), String.join("\n", lines));
        }
        assertEquals(0, Jdbc.count(getProperties(), "SELECT COUNT(*) FROM audit_event WHERE target LIKE '%203.0.113%' "
                + "OR actor LIKE '%203.0.113%'"));
        assertEquals(failuresBefore + PER_ADDRESS, Jdbc.count(getProperties(),
                "SELECT COUNT(*) FROM audit_event WHERE action = 'login.failed'"), "the failures heard, not the refusals");
    }

    private static String newAddress() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
    }

    private HttpResponse<String> json(String address, String username, String secret) throws IOException, InterruptedException {
        return json(address, username, secret, null);
    }

    private HttpResponse<String> json(String address, String username, String secret, String acceptLanguage)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                .header("X-Forwarded-For", address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + secret + "\"}"));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in form as a browser posts it: the page first (its CSRF cookie and field), then the form. */
    private HttpResponse<String> form(String address, String username, String secret, String lang)
            throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login?lang=" + lang))
                .header("X-Forwarded-For", address).header("Accept", BrowserLikeClient.ACCEPT).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertTrue(field.find(), page.body());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.contains("csrf"))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        String body = "username=" + enc(username) + "&password=" + enc(secret) + "&csrfToken=" + enc(field.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login?lang=" + lang))
                .header("X-Forwarded-For", address).header("Accept", BrowserLikeClient.ACCEPT).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
