package org.barometer.testing;

import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import org.barometer.system.DatabaseDialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A database that outlives the service processes started on it, for tests that kill them: a new
 * PostgreSQL database, or the embedded default itself — H2 in a file, with the URL options
 * application.yml gives it — in a folder of the test's instead of {@code ./data}.
 */
public enum DiskDatabase {
    H2_FILE, POSTGRES;

    /** The embedded default's database file, relative to the working directory. */
    private static final String DEFAULT_FILE = "jdbc:h2:file:./data/barometer;";
    private static final List<Path> FOLDERS = new CopyOnWriteArrayList<>();

    static {
        // Best effort, as TestDatabase drops its PostgreSQL databases: a database file is some MB.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FOLDERS.forEach(DiskDatabase::deleteQuietly)));
    }

    /** Properties of a service on a new database of this kind (see {@link ServiceProperties}). */
    public Map<String, String> serviceProperties() {
        if (this == POSTGRES) {
            return new HashMap<>(ServiceProperties.on(TestDatabase.POSTGRES));
        }
        Map<String, String> properties = new HashMap<>(ServiceProperties.on(TestDatabase.H2));
        // AUTO_SERVER lets the test look into the file while the service has it open: the process that
        // opens it first (always the service here) serves it to the others over TCP. It changes nothing
        // of how that process writes the file.
        Path folder = ServiceProperties.tempDir("h2-file");
        FOLDERS.add(folder);
        String url = embeddedDefaultIn(folder) + ";AUTO_SERVER=TRUE";
        DatabaseDialect.propertiesFor(url).forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }

    /** application.yml's default datasource URL, its file moved into {@code dir}: the options are the product's. */
    public static String embeddedDefaultIn(Path dir) {
        String url = embeddedDefault();
        if (!url.startsWith(DEFAULT_FILE)) {
            throw new AssertionError("The embedded default is no longer " + DEFAULT_FILE + "…: " + url);
        }
        return "jdbc:h2:file:" + dir.resolve("barometer") + ";" + url.substring(DEFAULT_FILE.length());
    }

    /** Deletes a folder and what it holds, quietly (at exit, or after a benchmark). */
    public static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left in the temporary folder: harmless.
        }
    }

    /** {@code datasources.default.url} as application.yml writes it. */
    public static String embeddedDefault() {
        try (InputStream yml = DiskDatabase.class.getResourceAsStream("/application.yml")) {
            Object url = new YamlPropertySourceLoader().read("application", yml).get("datasources.default.url");
            if (url == null) {
                throw new AssertionError("application.yml has no datasources.default.url");
            }
            return url.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
