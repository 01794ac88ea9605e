package org.barometer.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The system's Chromium, headless, driven by the system's chromedriver (Debian packages
 * {@code chromium} and {@code chromium-driver}). Both paths are given to Selenium so that Selenium
 * Manager never runs: it would try to download a browser. A fresh profile per browser keeps
 * cookies and cache from leaking between test classes.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final File BROWSER = new File("/usr/bin/chromium");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser; without Chromium installed the tests are skipped, except in CI where they fail. */
    public static HeadlessChromium start() {
        if (!DRIVER.canExecute() || !BROWSER.canExecute()) {
            String why = "No " + DRIVER + " or " + BROWSER + " for the browser tests: apt-get install chromium chromium-driver.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + " In CI this is an error, not a skip.");
            }
            Assumptions.abort(why);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.getPath());
        Path profile = ServiceProperties.tempDir("chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1024,2200",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        return new HeadlessChromium(profile, new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover profile in the temp folder is harmless.
        }
    }
}
