package org.barometer.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.Answers;
import org.barometer.testing.BrowserTest;
import org.barometer.testing.ServiceProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person from HR in a real browser: signs in, imports the staff list (a first file with a bad
 * row is refused with the row pointed out), opens a wave, reads trends and the heatmap with their
 * charts, and signs out.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HrDashboardBrowserTest extends BrowserTest {


    @Test
    void hrImportsTheStaffOpensAWaveReadsTheChartsAndSignsOut() throws IOException {
        signIn();

        open("/hr/staff?lang=en");
        upload(staffFile("with-error.csv", "sales-3@example", "Sales"));
        WebElement errors = waitFor(By.id("row-errors"));
        assertTrue(errors.getText().contains("1 problem in the file"), errors.getText());
        assertEquals(List.of("4", "email", "'sales-3@example' is not a valid email address."), firstErrorRow());
        screenshot("hr-staff-errors");

        open("/hr/staff");
        upload(staffFile("fixed.csv", "sales-3@example.com", "Sales"));
        assertTrue(waitFor(By.id("import-summary")).getText().contains("12 new people will be added"));
        browser.findElement(By.id("confirm-import")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .success"),
                "Staff list imported: 12 added, 0 updated, 0 deactivated."));
        assertTrue(browser.findElement(By.id("staff")).getText().contains("sales-3@example.com"));

        open("/hr/waves");
        browser.findElement(By.id("label")).sendKeys("2026-Q4");
        browser.findElement(By.cssSelector("#h-new ~ form button[type=submit]")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .success"), "Wave created."));
        browser.findElement(By.cssSelector("#waves form[action$='/open'] button")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .success"),
                "Wave opened: 12 people invited."));
        screenshot("hr-waves");

        everybodyAnswers();
        open("/hr/heatmap?by=team");
        assertTrue(browser.findElement(By.cssSelector("main .hidden-note")).getText().contains("still open"),
                "an open wave shows no answer yet");
        open("/hr/waves");
        browser.findElement(By.cssSelector("#waves form[action$='/close'] button")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .success"), "closed"));
        open("/hr/trends?by=team");
        assertChartLoads("trend.png");
        screenshot("hr-trends");
        open("/hr/heatmap?by=team");
        assertTrue(browser.findElement(By.cssSelector("table.heatmap")).getText().contains("Sales"));
        assertChartLoads("heatmap.png");
        screenshot("hr-heatmap");

        onATabletNothingSpillsSideways("/hr", "/hr/heatmap?by=team", "/hr/staff", "/hr/waves");

        browser.findElement(By.cssSelector("form.logout button")).click();
        waitUntil(ExpectedConditions.urlContains("/login"));
        open("/hr");
        assertTrue(browser.getCurrentUrl().contains("/login"), "signed out: the dashboard asks to sign in again");
    }

    /** At 768 px, the page fits its width: wide tables scroll inside their own box, not the page. */
    private void onATabletNothingSpillsSideways(String... pages) throws IOException {
        browser.manage().window().setSize(new Dimension(768, 1024));
        try {
            for (String page : pages) {
                open(page);
                Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertEquals(0, overflow.intValue(), page + " is wider than a tablet");
            }
            screenshot("hr-waves-tablet");
        } finally {
            browser.manage().window().setSize(new Dimension(1024, 2200));
        }
    }

    private void signIn() {
        open("/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(ServiceProperties.ADMIN);
        browser.findElement(By.id("password")).sendKeys(ServiceProperties.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlMatches("/hr$"));
    }

    /** Sales (6) and Support (6), every fourth line in French; {@code thirdSales} is line 4's address. */
    private static Path staffFile(String name, String thirdSales, String team) throws IOException {
        StringBuilder csv = new StringBuilder("email,name,locale,team\n");
        for (int i = 1; i <= 6; i++) {
            String email = i == 3 ? thirdSales : "sales-" + i + "@example.com";
            csv.append(email).append(",Sales ").append(i).append(',').append(i % 4 == 0 ? "fr" : "en").append(',')
                    .append(team).append('\n');
        }
        for (int i = 1; i <= 6; i++) {
            csv.append("support-").append(i).append("@example.com,Support ").append(i).append(",en,Support\n");
        }
        Path file = Files.createTempDirectory("barometer-staff").resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[action='/hr/staff/preview'] button[type=submit]")).click();
    }

    private List<String> firstErrorRow() {
        return browser.findElements(By.cssSelector("#row-errors tbody tr:first-child td")).stream()
                .map(WebElement::getText).toList();
    }

    /** Everyone answers through the public API with the link of their email. */
    private void everybodyAnswers() {
        String wave = (String) api.http().retrieve(HttpRequest.GET("/api/v1/waves").bearerAuth(api.login()),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0).get("id");
        api.awaitDelivered(wave, Duration.ofSeconds(30));
        Answers answers = Answers.from(api, Path.of(property("barometer.mail.dir")));
        for (int i = 1; i <= 6; i++) {
            answers.answer("sales-" + i + "@example.com", 2, null);
            answers.answer("support-" + i + "@example.com", 4, null);
        }
    }

    private void assertChartLoads(String chart) {
        WebElement image = browser.findElement(By.cssSelector("figure.chart img[src*='" + chart + "']"));
        waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete", image));
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", image);
        assertTrue(width.intValue() > 0, chart + " loaded as an image (" + image.getDomAttribute("src") + ")");
    }

    private void open(String path) {
        browser.get(server.getURL() + path);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    /** For people reviewing the pages: target/screenshots/NAME.png. */
    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
