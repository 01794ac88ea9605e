package org.barometer.respond;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.BrowserTest;
import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.Jdbc;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An employee answers in a real browser, from the link in their invitation email. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondBrowserTest extends BrowserTest {

    private static final String FRENCH = "sales-1@example.com";
    private static final String ENGLISH = "sales-2@example.com";

    private String wave;

    @BeforeEach
    void inviteTheSalesTeam() throws IOException {
        try (Stream<Path> old = Files.list(outbox())) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        api.importCsv(Staff.team("Sales", 4), false);
        wave = api.openedWave("2026-Q4", 3);
        api.awaitDelivered(wave, Duration.ofSeconds(30));
    }

    @Test
    void anEmployeeAnswersFromTheLinkInTheirEmailAndTheLinkThenSaysItWasUsed() throws IOException {
        String link = linkSentTo(ENGLISH);

        browser.get(link);
        assertEquals("en", pageLanguage());
        assertEquals("Well-being at work barometer", heading());
        answer(everyQuestion());
        browser.findElement(By.id("comment")).sendKeys("Monday meetings could be shorter.");
        screenshot("respond-form");
        submit();

        waitUntil(ExpectedConditions.urlContains("/s/thanks"));
        assertEquals("Thank you", heading());
        assertEquals("Thank you", browser.getTitle());
        assertEquals(1, Jdbc.linksUsed(getProperties()), "the answer is counted");
        assertEquals(1, Jdbc.answersStored(getProperties()), "and stored, waiting in the ballot box for two more");

        browser.get(link);
        assertEquals("Already answered", heading());
    }

    @Test
    void aMissingAnswerIsPointedOutInTheEmployeesLanguageAndTheOtherAnswersStay() {
        browser.get(linkSentTo(FRENCH));
        assertEquals("fr", pageLanguage());
        Map<String, Integer> allButWorkload = everyQuestion();
        allButWorkload.remove("workload");
        answer(allButWorkload);
        browser.findElement(By.id("comment")).sendKeys("Moins de réunions, s’il vous plaît.");
        submit();

        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        assertEquals("Veuillez répondre à la question 5.", browser.findElement(By.id("err-workload")).getText());
        assertTrue(browser.findElement(By.id("errors")).getText().contains("Veuillez répondre à la question 5."));
        allButWorkload.forEach((key, value) -> assertTrue(radio(key, value).isSelected(), key + " is still " + value));
        assertEquals("Moins de réunions, s’il vous plaît.", browser.findElement(By.id("comment")).getDomProperty("value"));
        assertEquals(0, Jdbc.answersStored(getProperties()), "nothing stored yet");

        answer(Map.of("workload", 2));
        submit();

        waitUntil(ExpectedConditions.urlContains("/s/thanks"));
        assertEquals("Merci", heading());

        browser.get(linkSentTo(FRENCH));
        assertEquals("Réponse déjà envoyée", heading(), "the used-link page speaks the invitee's language");
    }

    @Test
    void theLanguageLinkShowsTheFormInTheOtherLanguageAndBack() {
        browser.get(linkSentTo(FRENCH));
        assertEquals("fr", pageLanguage());
        assertEquals("Envoyer mes réponses", submitButton());
        assertEquals("Vos réponses seront comptées dans ces groupes : Operations (department) · Sales (team). "
                + "Un groupe de moins de 3 réponses n’est jamais affiché.", counted(), "where the answer will be counted");

        browser.findElement(By.cssSelector("nav.lang a")).click();

        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals("Well-being at work barometer", heading());
        assertEquals("How would you rate your level of stress at work?", firstQuestion());
        assertEquals("Send my answers", submitButton());
        assertEquals("Your answers will be counted in these groups: Operations (department) · Sales (team). "
                + "A group with fewer than 3 answers is never shown.", counted());
        assertEquals("Français", browser.findElement(By.cssSelector("nav.lang a")).getText());

        browser.findElement(By.cssSelector("nav.lang a")).click();

        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
        assertEquals("Baromètre du bien-être au travail", heading());
        assertTrue(firstQuestion().startsWith("Comment évaluez-vous votre niveau de stress au travail"), firstQuestion());
        assertEquals("English", browser.findElement(By.cssSelector("nav.lang a")).getText());
    }

    private String counted() {
        // WebDriver may give a no-break space as a plain one: compare both as plain.
        return browser.findElement(By.cssSelector(".anonymity .counted")).getText().replace('\u00a0', ' ');
    }

    private static Map<String, Integer> everyQuestion() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("stress", 4);
        answers.put("clarity", 3);
        answers.put("interruptions", 5);
        answers.put("autonomy", 2);
        answers.put("workload", 4);
        answers.put("support", 5);
        return answers;
    }

    /** Clicks the label of each chosen point of the scale, as a person does. */
    private void answer(Map<String, Integer> answers) {
        answers.forEach((key, value) -> {
            radio(key, value).findElement(By.xpath("ancestor::label")).click();
            assertTrue(radio(key, value).isSelected(), key + " = " + value + " is checked");
        });
    }

    private WebElement radio(String key, int value) {
        return browser.findElement(By.cssSelector("input[type=radio][name='q." + key + "'][value='" + value + "']"));
    }

    private void submit() {
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    private String submitButton() {
        return browser.findElement(By.cssSelector("form button[type=submit]")).getText();
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String firstQuestion() {
        return browser.findElement(By.cssSelector("legend span")).getText();
    }

    private String pageLanguage() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private String linkSentTo(String address) {
        return ReceivedEmail.to(ReceivedEmail.inFolder(outbox()), address).link();
    }

    private Path outbox() {
        return Path.of(property("barometer.mail.dir"));
    }

    /** For people reviewing the page: target/screenshots/NAME.png. */
    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
