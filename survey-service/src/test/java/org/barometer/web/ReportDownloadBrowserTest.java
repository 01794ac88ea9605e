package org.barometer.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.BrowserTest;
import org.barometer.testing.ServiceProperties;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview's report button in a real browser: the page's script fetches the PDF and saves
 * it, the page stays where it is, and a refusal shows the server's reason in the status line.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDownloadBrowserTest extends BrowserTest {

    /** A report takes a second or two, on a busy machine many more. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Path downloads;

    @BeforeAll
    void allowDownloads() {
        downloads = ServiceProperties.tempDir("downloads");
        ((HasCdp) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @BeforeEach
    void aClosedWaveAndHrSignedIn() {
        api.importCsv(Staff.team("Sales", 6), false);
        api.closeWave(api.openedWave("2026-Q4", 5));
        signIn();
    }

    @AfterAll
    void deleteDownloads() throws IOException {
        if (downloads != null) {
            try (Stream<Path> files = Files.list(downloads)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(downloads);
        }
    }

    @Test
    void theButtonDownloadsTheReportAndThePageStays() throws IOException {
        browser.get(server.getURL() + "/hr?lang=en");
        new Select(browser.findElement(By.id("report-lang"))).selectByValue("fr");
        browser.findElement(By.id("report-download")).click();

        Path pdf = new WebDriverWait(browser, PATIENCE).until(d -> downloadedPdf());
        assertTrue(pdf.getFileName().toString().startsWith("barometer-2026-Q4-fr"), pdf.toString());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII));
        assertTrue(browser.getCurrentUrl().endsWith("/hr?lang=en"), "the overview stays: " + browser.getCurrentUrl());
        waitUntil(ExpectedConditions.textToBe(By.id("report-status"), ""));
        waitUntil(ExpectedConditions.elementToBeClickable(By.id("report-download")));
    }

    @Test
    void aRefusedReportShowsTheServersReasonOnThePage() {
        browser.get(server.getURL() + "/hr?lang=en");
        // A language the service does not speak, as a stale or tampered form would send it.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#report-lang option').value = 'de'");
        new Select(browser.findElement(By.id("report-lang"))).selectByIndex(0);
        browser.findElement(By.id("report-download")).click();

        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"),
                "'lang' must be one of"));
        assertTrue(browser.getCurrentUrl().endsWith("/hr?lang=en"), "no JSON page replaced the overview");
        assertEquals("polite", browser.findElement(By.id("report-status")).getDomAttribute("aria-live"));
    }

    /** A finished download (Chromium writes {@code .crdownload} until then), or null. */
    private Path downloadedPdf() {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
            return pdfs.isEmpty() ? null : pdfs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn() {
        browser.get(server.getURL() + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(ServiceProperties.ADMIN);
        browser.findElement(By.id("password")).sendKeys(ServiceProperties.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlMatches("/hr$"));
    }

    private void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, PATIENCE).until(condition);
    }
}
