package org.barometer.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (Deque) run inside the page a browser shows, restricted to the WCAG 2.0 and 2.1 A and
 * AA rules. The script is the npm package that Maven installs into target/axe (pinned by
 * src/test/axe/package-lock.json); without it the test is skipped, except in CI where it fails.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => done(JSON.stringify(r.violations)))
               .catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    public static Axe load() {
        if (!Files.isReadable(SCRIPT)) {
            String why = "No " + SCRIPT.toAbsolutePath() + ": run the build's generate-test-resources phase (npm ci).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + " In CI this is an error, not a skip.");
            }
            Assumptions.abort(why);
        }
        try {
            return new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of the page the browser shows now, one readable line each (empty when none). */
    public List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(source);
        String json = (String) js.executeAsyncScript(RUN);
        try {
            List<Map<String, Object>> violations = ObjectMapper.getDefault().readValue(json,
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            return violations.stream().map(Axe::describe).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> violation) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) violation.get("nodes");
        String where = nodes.stream().map(n -> String.valueOf(n.get("target"))).limit(5).collect(Collectors.joining(" "));
        return violation.get("id") + ": " + violation.get("help") + " at " + where;
    }
}
