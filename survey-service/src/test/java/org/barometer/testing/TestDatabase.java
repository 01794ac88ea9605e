package org.barometer.testing;

import org.barometer.system.DatabaseDialect;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh, empty database for one application context: H2 in memory, or a new database on a
 * PostgreSQL server. The server is a Testcontainers container where a Docker engine exists,
 * otherwise the one named by BAROMETER_TEST_POSTGRES_URL (CI points it at the machine's own).
 * In CI a missing PostgreSQL fails the build instead of skipping the tests silently.
 */
public enum TestDatabase {
    H2, POSTGRES;

    private static final String URL_VARIABLE = "BAROMETER_TEST_POSTGRES_URL";
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static PostgresServer server;

    /** Datasource properties for a new, empty database of this kind. */
    public Map<String, String> freshDatabase() {
        String url;
        Map<String, String> properties = new HashMap<>();
        if (this == H2) {
            url = "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            properties.put("datasources.default.username", "sa");
            properties.put("datasources.default.password", "");
        } else {
            PostgresServer pg = postgres();
            String name = "barometer_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            pg.execute("CREATE DATABASE " + name);
            CREATED.add(name);
            url = pg.urlOf(name);
            properties.put("datasources.default.username", pg.user());
            properties.put("datasources.default.password", pg.password());
        }
        DatabaseDialect.propertiesFor(url).forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }

    /**
     * Makes a test's PostgreSQL database refuse new connections and drops the open ones (its
     * sessions are terminated), or lets it accept them again: the database is away for that service
     * only, while the shared server keeps running for everyone else.
     */
    public static void acceptConnections(Map<String, String> properties, boolean accept) {
        String url = properties.get("datasources.default.url");
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!name.matches("barometer_test_[0-9a-f]+")) {
            throw new IllegalArgumentException("Not a test database: " + name);
        }
        PostgresServer pg = postgres();
        pg.execute("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS " + accept);
        if (!accept) {
            pg.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
        }
    }

    private static synchronized PostgresServer postgres() {
        if (server == null) {
            server = startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(name ->
                    server.executeQuietly("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"))));
        }
        return server;
    }

    private static PostgresServer startServer() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new PostgresServer(configured, env("BAROMETER_TEST_POSTGRES_USER", "postgres"),
                    env("BAROMETER_TEST_POSTGRES_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            return new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        String why = "No PostgreSQL for the tests: no Docker engine for Testcontainers and " + URL_VARIABLE
                + " is not set (e.g. jdbc:postgresql://127.0.0.1:5432/postgres).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why + " In CI this is an error, not a skip.");
        }
        Assumptions.abort(why);
        throw new IllegalStateException(why);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** A PostgreSQL server reached through an administrative URL, where test databases are created. */
    record PostgresServer(String adminUrl, String user, String password) {

        String urlOf(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + adminUrl + ": " + e.getMessage(), e);
            }
        }

        void executeQuietly(String sql) {
            try {
                execute(sql);
            } catch (RuntimeException ignored) {
                // Best effort at shutdown: a leftover test database is harmless.
            }
        }
    }
}
