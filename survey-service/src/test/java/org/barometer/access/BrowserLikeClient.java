package org.barometer.access;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does, over real HTTP, minus the rendering: keeps its cookies, does not follow
 * redirects (so tests see the 303s), reads the CSRF field of the page it was shown and posts forms.
 */
final class BrowserLikeClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    /** What Chromium sends for a navigation. */
    static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final BlockingHttpClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    BrowserLikeClient(URL server) {
        DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
        config.setFollowRedirects(false);
        // BCrypt at cost 12 on a busy CI machine can take seconds per sign-in.
        config.setReadTimeout(java.time.Duration.ofSeconds(60));
        this.http = HttpClient.create(server, config).toBlocking();
    }

    /** GET a page as a browser would: Accept text/html, its cookies; remembers the form's CSRF token. */
    HttpResponse<String> page(String path, String acceptLanguage) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).header(HttpHeaders.ACCEPT, ACCEPT);
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        HttpResponse<String> response = exchange(request);
        response.getBody().ifPresent(html -> {
            Matcher m = CSRF_FIELD.matcher(html);
            if (m.find()) {
                csrfToken = m.group(1);
            }
        });
        return response;
    }

    HttpResponse<String> page(String path) {
        return page(path, null);
    }

    /** POSTs a url-encoded form, adding the CSRF field the last page carried. */
    HttpResponse<String> submit(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.putIfAbsent("csrfToken", csrfToken);
        }
        return post(path, all);
    }

    /** POSTs exactly these fields, without adding a CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return exchange(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header(HttpHeaders.ACCEPT, ACCEPT));
    }

    HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        if (!cookies.isEmpty()) {
            request.header(HttpHeaders.COOKIE, cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response;
        try {
            response = http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        remember(response.getHeaders().getAll(HttpHeaders.SET_COOKIE));
        return response;
    }

    String logIn(String email, String password) {
        page("/login");
        HttpResponse<String> response = submit("/login", Map.of("username", email, "password", password));
        return response.getHeaders().get(HttpHeaders.LOCATION);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    String csrfToken() {
        return csrfToken;
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
