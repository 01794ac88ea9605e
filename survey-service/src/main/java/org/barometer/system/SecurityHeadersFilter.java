package org.barometer.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer. {@code no-referrer} matters most: a survey page's URL holds the token,
 * and a Referer header would carry it to any site the page links to. Served over https, every
 * answer also tells the browser to never use plain http here again (HSTS): a survey link typed or
 * followed as http:// would otherwise travel in the clear before any redirect.
 */
@ServerFilter("/**")
final class SecurityHeadersFilter implements Ordered {

    private static final String POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final String pagePolicy = POLICY.formatted("");
    // Swagger UI's generated page starts with one inline script: allowed by its hash, not by 'unsafe-inline'.
    private final String swaggerUiPolicy = POLICY.formatted(SwaggerUiScripts.hashSources());
    private final boolean https;

    SecurityHeadersFilter(BarometerConfig config) {
        this.https = config.servedOverHttps();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.add("Referrer-Policy", "no-referrer");
        headers.add("X-Content-Type-Options", "nosniff");
        headers.add("X-Frame-Options", "DENY");
        headers.add("Content-Security-Policy", request.getPath().startsWith("/swagger-ui/") ? swaggerUiPolicy : pagePolicy);
        if (https) {
            // A year, the usual value; not includeSubDomains: other hosts of the domain are not ours to decide.
            headers.add("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getPath().startsWith("/s/")) {
            headers.add("Cache-Control", "no-store");
        }
    }

    /**
     * Outermost: its response part then runs last, on every answer, including those other filters
     * give without going further (a rate limit's 429, a body limit's 413, a sign-in redirect).
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
