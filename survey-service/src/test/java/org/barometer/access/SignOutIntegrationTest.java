package org.barometer.access;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.barometer.testing.Jdbc;
import org.barometer.testing.MovableClock;
import org.barometer.testing.MovableClockFactory;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Signing out ends the token itself: the same cookie or bearer token replayed afterwards is
 * refused, here and on a second instance sharing the database, while the account's other
 * sessions go on; what signing out stored is kept only until the token would have expired.
 */
abstract class SignOutIntegrationTest extends ServiceTest {

    @Inject
    MovableClock clock;
    @Inject
    RevokedTokens revokedTokens;

    private EmbeddedServer other;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MovableClockFactory.PROPERTY, "true");
    }

    @BeforeAll
    void startASecondInstanceOnTheSameDatabase() {
        other = ApplicationContext.run(EmbeddedServer.class, new HashMap<>(getProperties()));
    }

    @AfterAll
    void stopIt() {
        other.close();
    }

    @AfterEach
    void backToNow() {
        clock.jumpTo(Instant.now());
    }

    @Test
    void aSignedOutCookieReplayedIsRefusedOnEveryInstance() {
        BrowserLikeClient browser = new BrowserLikeClient(server.getURL());
        browser.logIn(ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD);
        String cookie = "JWT=" + browser.cookie("JWT");
        assertEquals(HttpStatus.OK, withCookie(server, "/hr", cookie).getStatus(), "the cookie works on this instance");
        assertEquals(HttpStatus.OK, withCookie(other, "/hr", cookie).getStatus(), "and on the other");

        assertEquals(HttpStatus.SEE_OTHER, browser.submit("/logout", Map.of()).getStatus());

        for (EmbeddedServer instance : new EmbeddedServer[] {server, other}) {
            HttpResponse<String> page = withCookie(instance, "/hr", cookie);
            assertEquals(HttpStatus.SEE_OTHER, page.getStatus(), "the page sends to sign-in");
            assertEquals("/login", page.getHeaders().get(HttpHeaders.LOCATION));
            assertEquals(HttpStatus.UNAUTHORIZED, withCookie(instance, "/api/v1/waves", cookie).getStatus(), "the API refuses");
        }
    }

    @Test
    void aSignedOutBearerTokenIsRefusedOnEveryInstanceWhileAnotherSessionGoesOn() {
        String ended = signIn();
        String kept = signIn();
        assertEquals(HttpStatus.OK, withBearer(other, "/api/v1/waves", ended).getStatus());

        HttpResponse<String> out = exchange(server, HttpRequest.POST("/logout", "{}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(ended));
        assertEquals(HttpStatus.SEE_OTHER, out.getStatus(), out.body());

        assertEquals(HttpStatus.UNAUTHORIZED, withBearer(server, "/api/v1/waves", ended).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, withBearer(other, "/api/v1/waves", ended).getStatus());
        assertEquals(HttpStatus.OK, withBearer(server, "/api/v1/waves", kept).getStatus(), "the account's other session");
        assertEquals(HttpStatus.OK, withBearer(other, "/api/v1/waves", kept).getStatus());
    }

    @Test
    void aSignOutIsKeptOnlyUntilTheTokenWouldHaveExpired() {
        String token = signIn();
        exchange(server, HttpRequest.POST("/logout", "{}").contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
        assertEquals(1, revocations());

        revokedTokens.forgetExpired();
        assertEquals(1, revocations(), "the token has hours to live: its end is kept");
        clock.jumpTo(Instant.now().plusSeconds(8 * 3600 + 60));
        revokedTokens.forgetExpired();
        assertEquals(0, revocations(), "past its expiry the token is refused anyway: nothing left to keep");
    }

    private long revocations() {
        return Jdbc.count(getProperties(), "SELECT COUNT(*) FROM revoked_token");
    }

    private String signIn() {
        Map<?, ?> body = api.http().retrieve(HttpRequest.POST("/login",
                Map.of("username", ServiceProperties.ADMIN, "password", ServiceProperties.ADMIN_PASSWORD)), Map.class);
        String token = (String) body.get("access_token");
        assertNotNull(token);
        return token;
    }

    private static HttpResponse<String> withCookie(EmbeddedServer instance, String path, String cookie) {
        return exchange(instance, HttpRequest.GET(path).header(HttpHeaders.COOKIE, cookie)
                .header(HttpHeaders.ACCEPT, path.startsWith("/api/") ? MediaType.APPLICATION_JSON : BrowserLikeClient.ACCEPT));
    }

    private static HttpResponse<String> withBearer(EmbeddedServer instance, String path, String token) {
        return exchange(instance, HttpRequest.GET(path).bearerAuth(token).accept(MediaType.APPLICATION_JSON_TYPE));
    }

    private static HttpResponse<String> exchange(EmbeddedServer instance, MutableHttpRequest<?> request) {
        return new BrowserLikeClient(instance.getURL()).exchange(request);
    }
}
