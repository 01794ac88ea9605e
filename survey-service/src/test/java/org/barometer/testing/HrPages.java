package org.barometer.testing;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HR pages as a browser uses them over real HTTP, minus the rendering: signs in with the login
 * form, keeps its cookies (session, CSRF, language), does not follow redirects (so a 303 is seen),
 * and posts forms with the CSRF field of the last page shown.
 */
public final class HrPages {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final BlockingHttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    private HrPages(URL server) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        this.http = HttpClient.create(server, configuration).toBlocking();
    }

    /** A browser signed in through the login form as {@code email}. */
    public static HrPages as(URL server, String email, String password) {
        HrPages pages = new HrPages(server);
        pages.get("/login", "en");
        HttpResponse<String> signedIn = pages.post("/login", Map.of("username", email, "password", password));
        if (!"/hr".equals(signedIn.getHeaders().get(HttpHeaders.LOCATION))) {
            throw new AssertionError("Sign-in of " + email + " failed: " + signedIn.getStatus());
        }
        return pages;
    }

    public static HrPages asAdmin(URL server) {
        return as(server, ServiceProperties.ADMIN, ServiceProperties.ADMIN_PASSWORD);
    }

    /** The page's HTML whatever its status, in the browser language {@code acceptLanguage}. */
    public String get(String path, String acceptLanguage) {
        return exchange(HttpRequest.GET(path).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)).body();
    }

    /** A form post as an English browser sends it, with the CSRF field of the last page. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("csrfToken", csrfToken());
        return exchange(HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
    }

    /** The CSRF token the pages carry (a page is fetched first if none was shown yet). */
    public String csrfToken() {
        if (csrfToken == null) {
            get("/hr", "en");
        }
        return csrfToken;
    }

    /** The response whatever its status (a refused form shows a page too); cookies sent and kept. */
    public HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        if (!cookies.isEmpty()) {
            request.header(HttpHeaders.COOKIE, cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        if (request.getHeaders().get(HttpHeaders.ACCEPT) == null) {
            request.header(HttpHeaders.ACCEPT, ACCEPT);
        }
        HttpResponse<String> response;
        try {
            response = http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = HttpResponse.<String>status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""))
                    .headers(headers -> e.getResponse().getHeaders().forEach((name, values) ->
                            values.forEach(value -> headers.add(name, value))));
        }
        remember(response.getHeaders().getAll(HttpHeaders.SET_COOKIE));
        response.getBody().ifPresent(html -> {
            Matcher m = CSRF_FIELD.matcher(html);
            if (m.find()) {
                csrfToken = m.group(1);
            }
        });
        return response;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (header.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
