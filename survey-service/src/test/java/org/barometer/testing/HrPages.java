package org.barometer.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URL;
import java.util.Map;

/**
 * The HR pages as a test reads them over real HTTP: HTML, redirects not followed (so a 303 is
 * seen as such), signed in with a bearer token as the API is.
 */
public final class HrPages {

    private final BlockingHttpClient http;
    private final String bearer;

    private HrPages(BlockingHttpClient http, String bearer) {
        this.http = http;
        this.bearer = bearer;
    }

    /** Pages read by the user {@code email} with {@code password}. */
    public static HrPages as(URL server, String email, String password) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        BlockingHttpClient http = HttpClient.create(server, configuration).toBlocking();
        Map<String, Object> token = http.retrieve(HttpRequest.POST("/login", Map.of("username", email, "password", password))
                .contentType(MediaType.APPLICATION_JSON_TYPE), Argument.mapOf(String.class, Object.class));
        return new HrPages(http, (String) token.get("access_token"));
    }

    public static HrPages asAdmin(URL server) {
        return as(server, ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD);
    }

    /** The page's HTML (2xx only), in the browser language {@code acceptLanguage}. */
    public String get(String path, String acceptLanguage) {
        return exchange(HttpRequest.GET(path).header("Accept-Language", acceptLanguage)).body();
    }

    /** The response whatever its status (a refused form shows a page too). */
    public HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        try {
            return http.exchange(request.bearerAuth(bearer).accept(MediaType.TEXT_HTML_TYPE, MediaType.of("text/csv")),
                    String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.<String>status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""));
        }
    }

    /** A form post as an English browser sends it. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept-Language", "en"));
    }

    /** The status of a request (for one expected to be refused). */
    public int refusal(MutableHttpRequest<?> request) {
        return exchange(request).code();
    }
}
