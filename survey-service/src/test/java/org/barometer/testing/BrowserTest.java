package org.barometer.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * Base of the tests that drive the service in a real browser: one headless Chromium per test class
 * ({@link HeadlessChromium}: the system's browser and driver, a fresh profile), closed after the
 * class. On H2 unless a subclass says otherwise: these tests are about pages, not the database.
 * A subclass's own {@code @BeforeAll} runs after the browser started, its {@code @AfterAll} before it stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends ServiceTest {

    private HeadlessChromium chromium;
    protected WebDriver browser;

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @BeforeAll
    void startBrowser() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
