package org.barometer.access;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.BrowserTest;
import org.barometer.testing.ServiceProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person signs in and out in a real browser; the cookie's flags keep scripts and other sites away from it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest extends BrowserTest {


    private String url(String path) {
        return server.getURL() + path;
    }

    private void signIn(String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/hr"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(ServiceProperties.ADMIN);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    @Test
    void signInLandsOnTheDashboardAndSignOutReturnsToTheSignInPage() {
        signIn(ServiceProperties.ADMIN_PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/hr"));
        assertEquals(ServiceProperties.ADMIN, browser.findElement(By.id("signed-in-as")).getText());
        assertNull(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.cookie.includes('JWT=') ? 'visible' : null"), "scripts cannot read the sign-in cookie");
        assertTrue(browser.manage().getCookieNamed("JWT").isHttpOnly());

        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        assertTrue(browser.findElement(By.id("signed-out")).isDisplayed());
        assertNull(browser.manage().getCookieNamed("JWT"));
        browser.get(url("/hr"));
        assertTrue(browser.getCurrentUrl().endsWith("/login"), "signed out for real: " + browser.getCurrentUrl());
    }

    @Test
    void aWrongPasswordShowsAMessageInThePagesLanguage() {
        signIn("not the password");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
        String message = browser.findElement(By.id("login-error")).getText();
        assertTrue(("fr".equals(lang) && message.startsWith("L’adresse e-mail ou le mot de passe"))
                || ("en".equals(lang) && message.startsWith("The email address or the password")), lang + ": " + message);
        assertEquals("alert", browser.findElement(By.id("login-error")).getAttribute("role"));
    }
}
