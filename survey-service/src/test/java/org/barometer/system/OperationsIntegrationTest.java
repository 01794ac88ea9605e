package org.barometer.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.barometer.Application;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.barometer.testing.BarometerApi.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators and integrators read: the OpenAPI document, Swagger UI, health and metrics. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsIntegrationTest extends ServiceTest {

    private static final String SPEC = "META-INF/swagger/barometer-1.yml";

    @Inject
    Router router;

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    /** The HR routes the product ships (not test-only ones), read from the running application's router. */
    private List<String> shippedHrPaths() {
        var productCode = Application.class.getProtectionDomain().getCodeSource().getLocation();
        return router.uriRoutes()
                .filter(r -> r.getTargetMethod().getDeclaringType().getProtectionDomain().getCodeSource().getLocation().equals(productCode))
                .map(UriRouteInfo::getUriMatchTemplate).map(t -> t.toPathString())
                .filter(p -> p.startsWith("/api/v1/") || p.equals("/hr") || p.startsWith("/hr/"))
                .distinct().toList();
    }

    @Test
    void theOpenApiDocumentBuiltIntoTheJarListsEveryHrRoute() throws IOException {
        String spec;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SPEC)) {
            assertNotNull(in, SPEC + " is generated at build time");
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> paths = shippedHrPaths();
        assertTrue(paths.size() >= 15, "the router knows the HR routes: " + paths);
        for (String path : paths) {
            assertTrue(Pattern.compile("^  " + Pattern.quote(path) + ":$", Pattern.MULTILINE).matcher(spec).find(),
                    path + " is documented");
        }
        String served = api.http().retrieve(HttpRequest.GET("/swagger/barometer-1.yml"));
        assertEquals(spec, served, "served to anyone, as built");
    }

    @Test
    void swaggerUiLoadsWithItsStartScriptAllowedByHashNotByUnsafeInline() {
        HttpResponse<String> page = api.http().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);
        assertEquals(HttpStatus.OK, page.getStatus());
        String csp = page.getHeaders().get("Content-Security-Policy");
        assertTrue(csp.contains("'sha256-"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals(HttpStatus.OK, api.http().exchange(HttpRequest.GET("/swagger-ui/res/swagger-ui-bundle.js")).getStatus());
    }

    @Test
    void healthIsPublicAndSaysUpButNothingMoreToAnonymousCallers() {
        Map<?, ?> health = api.http().retrieve(HttpRequest.GET("/health"), Map.class);
        assertEquals("UP", health.get("status"));
        assertFalse(health.containsKey("details"), "no database, disk or version details: " + health);
        String raw = api.http().retrieve(HttpRequest.GET("/health"));
        assertFalse(raw.contains("jdbc") || raw.contains("diskSpace") || raw.contains("H2"), raw);
    }

    @Test
    void aSignedInAdminSeesTheHealthDetails() {
        Map<?, ?> health = api.http().retrieve(HttpRequest.GET("/health").bearerAuth(api.login()), Map.class);
        assertEquals("UP", health.get("status"));
        assertTrue(health.get("details") instanceof Map<?, ?> details && details.containsKey("jdbc"), String.valueOf(health));
    }

    @Test
    void metricsAreForAdminsAndNameNoPersonAndNoToken() {
        assertEquals(HttpStatus.UNAUTHORIZED, failure(() -> api.http().retrieve(HttpRequest.GET("/prometheus"))).getStatus());
        api.importCsv(Staff.team("Sales", 4), false);
        String wave = api.openedWave("2026-Q4", 3);
        failure(() -> api.http().exchange(HttpRequest.GET("/s/not-a-real-token-but-secret-looking"), String.class));

        String metrics = api.http().retrieve(HttpRequest.GET("/prometheus").bearerAuth(api.login()));
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM figures");
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "request counts");
        assertTrue(metrics.contains("uri=\"/api/v1/waves/{id}/open\""), "paths by route pattern, not by value");
        assertFalse(metrics.contains("@"), "no email address");
        assertFalse(metrics.contains("secret-looking"), "no survey token");
        assertFalse(metrics.contains(api.login()), "no sign-in token");
        assertFalse(metrics.contains(wave), "not even a wave id");
    }
}
