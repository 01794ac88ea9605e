package org.barometer.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Double-submit CSRF tokens: 256 random bits in an HttpOnly, SameSite=Strict cookie, echoed by every
 * form in a hidden {@code csrfToken} field (or by a script in the {@code X-CSRF-Token} header). A
 * page of another site can neither read the cookie nor set it, so it cannot forge the field. With
 * https the cookie takes the {@code __Host-} prefix, which also stops a sibling sub-domain from
 * planting one.
 */
@Singleton
final class CsrfTokens {

    static final String FIELD = "csrfToken";
    static final String HEADER = "X-CSRF-Token";
    /** Request attribute holding the token of the current request, for the view model. */
    static final String ATTRIBUTE = "barometer.csrf.token";

    private final SecureRandom random = new SecureRandom();
    private final boolean secure;
    private final String cookieName;

    CsrfTokens(CookieFlags flags) {
        this.secure = flags.secure();
        this.cookieName = secure ? "__Host-barometer_csrf" : "barometer_csrf";
    }

    Optional<String> fromCookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Cookie cookie(String token) {
        return Cookie.of(cookieName, token).httpOnly(true).secure(secure).sameSite(SameSite.Strict).path("/");
    }

    /** Constant-time comparison, so the time taken does not tell how much of a guess was right. */
    static boolean same(String expected, String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
