package org.barometer.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.config.InterceptUrlMapPattern;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.barometer.testing.BarometerApi;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of the running application, as its router lists them (so a route added tomorrow is
 * swept too), refuses an anonymous caller and a caller whose role is too small — except the few
 * routes meant for everyone: the respondent's pages and answer API, sign-in and sign-out, health,
 * the data protection page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteSweepIntegrationTest extends ServiceTest {

    private static final String PASSWORD = "route sweep password";
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.HR, Roles.VIEWER);

    @Inject
    Router router;
    @Inject
    SecurityConfiguration security;

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    static boolean isPublic(HttpMethod method, String path) {
        return path.startsWith("/s/") || path.equals("/login") || path.equals("/logout")
                || path.equals("/health") || path.startsWith("/health/") || path.startsWith("/oauth/")
                || ((method == HttpMethod.GET || method == HttpMethod.HEAD) && path.equals("/privacy"))
                || (method == HttpMethod.POST && path.equals("/api/v1/responses"));
    }

    @Test
    void everyNonPublicRouteRefusesAnonymousCallersAndTooSmallRoles() {
        BarometerApi hr = account(Roles.HR);
        BarometerApi viewer = account(Roles.VIEWER);
        BrowserLikeClient anonymous = new BrowserLikeClient(server.getURL());
        List<String> problems = new ArrayList<>();
        int swept = 0;
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toPathString();
            HttpMethod method = route.getHttpMethod();
            if (isPublic(method, template)) {
                continue;
            }
            swept++;
            String path = concrete(template);
            HttpResponse<String> response = anonymous.exchange(request(route, path));
            boolean toSignIn = response.getStatus() == HttpStatus.SEE_OTHER
                    && "/login".equals(response.getHeaders().get(HttpHeaders.LOCATION));
            if (response.getStatus() != HttpStatus.UNAUTHORIZED && !toSignIn) {
                problems.add("anonymous " + method + " " + template + " -> " + response.getStatus());
            }
            Set<String> allowed = allowedRoles(route, template);
            expectForbidden(hr, Roles.HR, allowed, route, path, problems);
            expectForbidden(viewer, Roles.VIEWER, allowed, route, path, problems);
        }
        assertTrue(swept > 25, "the router lists the application's routes (" + swept + ")");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void expectForbidden(BarometerApi as, String role, Set<String> allowed, UriRouteInfo<?, ?> route, String path,
                                 List<String> problems) {
        if (allowed.contains(role)) {
            return;
        }
        HttpStatus status;
        try {
            status = as.http().exchange(request(route, path).bearerAuth(as.login())).getStatus();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            status = e.getStatus();
        }
        if (status != HttpStatus.FORBIDDEN) {
            problems.add(role + " " + route.getHttpMethod() + " " + route.getUriMatchTemplate() + " -> " + status
                    + " (allowed: " + allowed + ")");
        }
    }

    /** The roles a route admits: its {@code @Secured} roles, else those of the intercept-url-map entry for its path. */
    private Set<String> allowedRoles(UriRouteInfo<?, ?> route, String template) {
        String[] secured = route.getAnnotationMetadata().stringValues(Secured.class);
        List<String> access = secured.length > 0 ? List.of(secured) : security.getInterceptUrlMap().stream()
                .filter(p -> p.getPattern().equals(template))
                .map(InterceptUrlMapPattern::getAccess).findFirst().orElse(List.of());
        return access.stream().filter(ROLES::contains).collect(java.util.stream.Collectors.toSet());
    }

    /** A request the route would take (its content type, its media type accepted), so only security can refuse it. */
    private static MutableHttpRequest<?> request(UriRouteInfo<?, ?> route, String path) {
        HttpMethod method = route.getHttpMethod();
        MutableHttpRequest<Object> request = HttpRequest.create(method, path);
        if (HttpMethod.permitsRequestBody(method)) {
            MediaType type = route.getConsumes().stream().filter(t -> !t.equals(MediaType.ALL_TYPE)).findFirst()
                    .orElse(MediaType.APPLICATION_JSON_TYPE);
            Object body = type.equals(MediaType.APPLICATION_JSON_TYPE) ? Map.of()
                    : type.equals(MediaType.MULTIPART_FORM_DATA_TYPE) ? MultipartBody.builder().addPart("x", "x").build() : "";
            request.contentType(type).body(body);
        }
        return request.accept(route.getProduces().stream().findFirst().orElse(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
    }

    private BarometerApi account(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        api.retrieve(HttpRequest.POST("/api/v1/users", Map.of("email", email, "role", role, "password", PASSWORD)));
        BarometerApi other = BarometerApi.at(server.getURL(), email, PASSWORD);
        other.login();
        return other;
    }
}
