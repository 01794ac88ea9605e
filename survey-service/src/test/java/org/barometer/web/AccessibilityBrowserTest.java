package org.barometer.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.Answers;
import org.barometer.testing.Axe;
import org.barometer.testing.BrowserTest;
import org.barometer.testing.CleanDatabase;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The survey form, the data protection page and the main dashboard pages, as Chromium renders
 * them, have no violation of axe-core's WCAG 2.1 A and AA rules, in English and in French.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest extends BrowserTest {

    private static final List<String> DASHBOARD = List.of("/login", "/hr", "/hr/trends?by=team", "/hr/heatmap",
            "/hr/distribution", "/hr/comments?by=team", "/hr/staff", "/hr/waves", "/hr/programs", "/hr/admin/users",
            "/hr/admin/audit", "/hr/admin/anonymity");

    /** The results pages, checked once more on the closed wave (figures, hidden groups, answers withheld). */
    private static final List<String> RESULTS = List.of("/hr", "/hr/trends?by=team", "/hr/heatmap?by=team",
            "/hr/distribution", "/hr/comments?by=team");

    private Axe axe;
    private String closedWave;

    @BeforeAll
    void loadAxe() {
        axe = Axe.load();
    }

    /** A closed wave, and an open one that everybody but sales-1 has answered. */
    @BeforeEach
    void aClosedWaveAndAnOpenOne() {
        api.importCsv(HrPagesIntegrationTest.staff(), false);
        String closed = api.openedWave("2026-Q2", 5);
        answered(closed, 2);
        api.closeWave(closed);
        closedWave = closed;
        CleanDatabase.emptyFolder(outbox());
        answered(api.openedWave("2026-Q3", 5), 4);
        api.retrieve(HttpRequest.POST("/api/v1/programs", Map.of("name", "Quarterly barometer",
                "reminderDays", List.of(3, 7))));
    }

    @Test
    void theSurveyFormAndTheDataProtectionPageHaveNoWcagViolationInEitherLanguage() {
        String link = ReceivedEmail.to(ReceivedEmail.inFolder(outbox()), "sales-1@example.com").link();
        List<String> found = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            browser.get(link + "?lang=" + lang);
            assertFalse(browser.findElements(By.cssSelector("input[type=radio]")).isEmpty(), "the form is shown");
            found.addAll(check(link + "?lang=" + lang));
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            // The click posts the form; wait for the answer page rather than race its loading.
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
            found.addAll(check(link + " with every answer missing, " + lang));
            browser.get(server.getURL() + "/privacy?lang=" + lang);
            assertEquals(lang, browser.findElement(By.tagName("html")).getDomAttribute("lang"), "/privacy");
            found.addAll(check("/privacy " + lang));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theDashboardPagesHaveNoWcagViolationInEitherLanguage() {
        signIn();
        List<String> found = new ArrayList<>();
        List<String> pages = new ArrayList<>(DASHBOARD);
        RESULTS.forEach(page -> pages.add(page + (page.contains("?") ? "&" : "?") + "wave=" + closedWave));
        for (String lang : List.of("en", "fr")) {
            for (String page : pages) {
                browser.get(server.getURL() + page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                assertEquals(lang, browser.findElement(By.tagName("html")).getDomAttribute("lang"), page);
                assertFalse(browser.findElements(By.cssSelector("main h1")).isEmpty(), page + " shows its page");
                found.addAll(check(page + " " + lang));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theRefusedFormsAndARefusedQueryHaveNoWcagViolationInEitherLanguage() {
        signIn();
        List<String> found = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            refuse("/hr/waves?lang=" + lang, "/hr/waves", "threshold", "2");
            assertEquals("true", browser.findElement(By.id("threshold")).getDomAttribute("aria-invalid"));
            found.addAll(check("/hr/waves with a threshold of 2, " + lang));
            refuse("/hr/programs?lang=" + lang, "/hr/programs", "openDays", "0");
            assertEquals("true", browser.findElement(By.id("openDays")).getDomAttribute("aria-invalid"));
            found.addAll(check("/hr/programs with 0 days open, " + lang));
            browser.get(server.getURL() + "/hr/heatmap?wave=not-a-uuid&lang=" + lang);
            browser.findElement(By.id("problem"));
            found.addAll(check("/hr/heatmap?wave=not-a-uuid " + lang));
        }
        assertEquals(List.of(), found);
    }

    /** Sends the form of {@code action} with {@code field} set to a value its own limits would stop in the browser. */
    private void refuse(String page, String action, String field, String value) {
        browser.get(server.getURL() + page);
        var form = browser.findElement(By.cssSelector("form[action='" + action + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].noValidate = true", form);
        var input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
        if (!browser.findElements(By.id("name")).isEmpty()) {
            browser.findElement(By.id("name")).sendKeys("Barometer");
        }
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id(field + "-error")));
    }

    /** So that "no violation" above means something: the same check does see the classic faults. */
    @Test
    void theCheckFindsAnUnlabelledFieldAndAnImageWithoutText() {
        browser.get("data:text/html,<html><title>t</title><body><img src=x.png><input type=text></body></html>");

        List<String> found = axe.violations(browser);

        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt:")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("label:")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("html-has-lang:")), found.toString());
    }

    private List<String> check(String where) {
        return axe.violations(browser).stream().map(v -> where + " → " + v).toList();
    }

    private void signIn() {
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("username")).sendKeys(ServiceProperties.ADMIN);
        browser.findElement(By.id("password")).sendKeys(ServiceProperties.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/hr"));
    }

    private void answered(String wave, int stress) {
        api.awaitDelivered(wave, Duration.ofSeconds(30));
        Answers answers = Answers.from(api, outbox());
        for (int i = 2; i <= 6; i++) {
            answers.answer("sales-" + i + "@example.com", stress, i == 2 ? "More quiet time, please." : null);
        }
        for (int i = 1; i <= 6; i++) {
            answers.answer("link-" + i + "@example.com", stress + 1, null);
        }
        for (int i = 1; i <= 5; i++) {
            answers.answer("support-" + i + "@example.com", 3, null);
        }
    }

    private Path outbox() {
        return Path.of(property("barometer.mail.dir"));
    }
}
