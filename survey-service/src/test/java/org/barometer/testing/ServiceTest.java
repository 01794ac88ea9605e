package org.barometer.testing;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of the tests that drive the running service over HTTP: a context on a fresh database of
 * the subclass's kind, emptied before each test, and an API client signed in as the admin.
 */
public abstract class ServiceTest implements TestPropertyProvider {

    @Inject
    protected EmbeddedServer server;

    protected BarometerApi api;
    private Map<String, String> properties;

    /** The database this variant of the test runs on. */
    protected abstract TestDatabase database();

    /** Extra properties of a test class (an SMTP server, a setting under test). */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(ServiceProperties.on(database()));
            properties.putAll(extraProperties());
        }
        return properties;
    }

    protected String property(String name) {
        return getProperties().get(name);
    }

    @BeforeEach
    void startClean() {
        CleanDatabase.clean(getProperties());
        CleanDatabase.emptyFolder(Path.of(property("barometer.mail.dir")));
        api = BarometerApi.at(server.getURL());
        api.login();
    }
}
