package org.barometer.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole authorization-code flow against a real OpenID Connect provider running in the test
 * (NAV's mock-oauth2-server: discovery, authorize, token and JWKS endpoints, signed ID tokens).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInIntegrationTest extends ServiceTest {

    private static final String ISSUER = "company";
    /** Values of email_verified that do not say the address was verified, by name ("absent": no such claim). */
    private static final Map<String, Object> NOT_VERIFIED = Map.of("false", false, "the text false", "false",
            "the text yes", "yes", "the number 1", 1, "a list holding true", List.of(true));
    private MockOAuth2Server provider;

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    protected Map<String, String> extraProperties() {
        provider = new MockOAuth2Server();
        provider.start();
        return Map.of("micronaut.security.oauth2.enabled", "true",
                "micronaut.security.oauth2.clients.oidc.client-id", "barometer",
                "micronaut.security.oauth2.clients.oidc.client-secret", "barometer-secret",
                "micronaut.security.oauth2.clients.oidc.openid.issuer", provider.issuerUrl(ISSUER).toString(),
                "barometer.oidc.role-claim", "barometer_roles");
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    /** Follows the browser's path: our login redirect, the provider's authorize redirect, our callback. */
    private HttpResponse<String> signInThroughProvider(BrowserLikeClient browser, Map<String, Object> claims) throws IOException {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-1", "JWT", List.of("barometer"), claims, 600));
        HttpResponse<String> toProvider = browser.page("/oauth/login/oidc");
        assertEquals(HttpStatus.FOUND, toProvider.getStatus(), toProvider.body());
        String authorize = toProvider.getHeaders().get(HttpHeaders.LOCATION);
        assertTrue(authorize.startsWith(provider.issuerUrl(ISSUER).toString()), authorize);

        HttpURLConnection atProvider = (HttpURLConnection) URI.create(authorize).toURL().openConnection();
        atProvider.setInstanceFollowRedirects(false);
        String callback = atProvider.getHeaderField("Location");
        assertTrue(callback.startsWith(server.getURL() + "/oauth/callback/oidc?code="), callback);
        return browser.page(callback.substring(server.getURL().toString().length()));
    }

    @Test
    void aPersonWithARoleClaimSignsInThroughTheProviderAndLandsOnTheDashboard() throws IOException {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        assertTrue(browser.page("/login?lang=en").body().contains("href=\"/oauth/login/oidc\""), "the sign-in page offers it");
        HttpResponse<String> done = signInThroughProvider(browser, Map.of("email", "Lea.Martin@company.example",
                "email_verified", true, "barometer_roles", List.of("viewer", "hr")));

        assertEquals(HttpStatus.SEE_OTHER, done.getStatus(), done.body());
        assertEquals("/hr", done.getHeaders().get(HttpHeaders.LOCATION));
        HttpResponse<String> dashboard = browser.page("/hr");
        assertEquals(HttpStatus.OK, dashboard.getStatus());
        assertTrue(dashboard.body().contains("lea.martin@company.example"));
        assertEquals(HttpStatus.OK, browser.exchange(io.micronaut.http.HttpRequest.GET("/api/v1/waves")).getStatus(),
                "HR, the strongest role claimed, may list the waves");
    }

    /**
     * Someone let in by the provider's role claim has no local account to disable; an admin ends
     * their session at once by creating one for their email and disabling it.
     */
    @Test
    void anAdminEndsTheSessionOfSomeoneWithoutALocalAccountByDisablingAnAccountForTheirEmail() throws IOException {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        signInThroughProvider(browser, Map.of("email", "noe.petit@company.example", "email_verified", true,
                "barometer_roles", "hr"));
        assertEquals(HttpStatus.OK, browser.page("/hr").getStatus(), "signed in");

        Map<String, Object> account = api.retrieve(io.micronaut.http.HttpRequest.POST("/api/v1/users",
                Map.of("email", "noe.petit@company.example", "role", "HR", "password", "a long enough password")));
        assertEquals(HttpStatus.OK, browser.page("/hr").getStatus(), "an enabled account with the same role changes nothing");
        api.retrieve(io.micronaut.http.HttpRequest.POST("/api/v1/users/" + account.get("id") + "/disable", ""));

        HttpResponse<String> after = browser.page("/hr");
        assertEquals(HttpStatus.SEE_OTHER, after.getStatus(), "the session is over");
        assertTrue(after.getHeaders().get(HttpHeaders.LOCATION).startsWith("/login"), after.getHeaders().get(HttpHeaders.LOCATION));
        HttpResponse<String> again = signInThroughProvider(browser, Map.of("email", "noe.petit@company.example",
                "email_verified", true, "barometer_roles", "hr"));
        assertTrue(again.getHeaders().get(HttpHeaders.LOCATION).startsWith("/login?error"), "and the provider cannot open a new one");
    }

    /**
     * Anyone may put any address in their profile at some providers; only the provider's word that it
     * checked it makes it an identity. Whatever else the claim says, or its absence, is a refusal,
     * even for the bootstrap admin's own address (a local account is matched only after that).
     */
    @ParameterizedTest(name = "email_verified: {0}")
    @ValueSource(strings = {"absent", "false", "the text false", "the text yes", "the number 1", "a list holding true"})
    void anEmailTheProviderDoesNotSayItVerifiedSignsNobodyIn(String verified) throws IOException {
        for (String email : List.of(ServiceProperties.ADMIN, "claimed-hr@company.example")) {
            BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
            Map<String, Object> claims = new HashMap<>(Map.of("email", email, "barometer_roles", "hr"));
            if (NOT_VERIFIED.containsKey(verified)) {
                claims.put("email_verified", NOT_VERIFIED.get(verified));
            }
            HttpResponse<String> done = signInThroughProvider(browser, claims);
            assertTrue(done.getHeaders().get(HttpHeaders.LOCATION).startsWith("/login?error"),
                    email + ": " + done.getHeaders().get(HttpHeaders.LOCATION));
            assertEquals(HttpStatus.SEE_OTHER, browser.page("/hr").getStatus(), email + " is still signed out");
        }
    }

    @Test
    void aVerifiedEmailStillSignsInTheMatchingLocalAccount() throws IOException {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        HttpResponse<String> done = signInThroughProvider(browser, Map.of("email", ServiceProperties.ADMIN, "email_verified", true));
        assertEquals("/hr", done.getHeaders().get(HttpHeaders.LOCATION));
        assertEquals(HttpStatus.OK, browser.page("/hr/admin/users").getStatus(), "with the local account's role, ADMIN");
    }

    @Test
    void aPersonWithNoRoleHereIsNotLetIn() throws IOException {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        HttpResponse<String> done = signInThroughProvider(browser, Map.of("email", "someone@company.example",
                "email_verified", true));
        assertTrue(done.getHeaders().get(HttpHeaders.LOCATION).startsWith("/login?error"), done.getHeaders().get(HttpHeaders.LOCATION));
        assertEquals(HttpStatus.SEE_OTHER, browser.page("/hr").getStatus(), "still signed out");
    }
}
