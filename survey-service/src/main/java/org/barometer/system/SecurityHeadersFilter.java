package org.barometer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer. {@code no-referrer} matters most: a survey page's URL holds the token,
 * and a Referer header would carry it to any site the page links to.
 */
@ServerFilter("/**")
final class SecurityHeadersFilter {

    private static final String POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final String pagePolicy = POLICY.formatted("");
    // Swagger UI's generated page starts with one inline script: allowed by its hash, not by 'unsafe-inline'.
    private final String swaggerUiPolicy = POLICY.formatted(SwaggerUiScripts.hashSources());

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.add("Referrer-Policy", "no-referrer");
        headers.add("X-Content-Type-Options", "nosniff");
        headers.add("X-Frame-Options", "DENY");
        headers.add("Content-Security-Policy", request.getPath().startsWith("/swagger-ui/") ? swaggerUiPolicy : pagePolicy);
        if (request.getPath().startsWith("/s/")) {
            headers.add("Cache-Control", "no-store");
        }
    }
}
