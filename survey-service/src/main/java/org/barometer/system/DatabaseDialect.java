package org.barometer.system;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The two databases the service runs on, recognised from a JDBC URL.
 *
 * <p>One setting (the URL) chooses the database; everything that must agree with it — the driver,
 * Micronaut Data's query dialect and jOOQ's SQL dialect — is derived here so that they cannot
 * disagree.
 */
public enum DatabaseDialect {
    H2("org.h2.Driver", "H2", "H2"),
    POSTGRES("org.postgresql.Driver", "POSTGRES", "POSTGRES");

    private final String driver;
    private final String dataDialect;
    private final String jooqDialect;

    DatabaseDialect(String driver, String dataDialect, String jooqDialect) {
        this.driver = driver;
        this.dataDialect = dataDialect;
        this.jooqDialect = jooqDialect;
    }

    /** The dialect of a JDBC URL; no URL means the embedded H2 default. */
    public static DatabaseDialect ofUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return H2;
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:postgresql:… or jdbc:h2:…): "
                + jdbcUrl.replaceAll("password=[^&;]*", "password=***"));
    }

    /** Micronaut properties that make the datasource, Micronaut Data and jOOQ agree with the URL. */
    public static Map<String, Object> propertiesFor(String jdbcUrl) {
        DatabaseDialect dialect = ofUrl(jdbcUrl);
        Map<String, Object> properties = new HashMap<>();
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            properties.put("datasources.default.url", jdbcUrl);
        }
        properties.put("datasources.default.driver-class-name", dialect.driver);
        properties.put("datasources.default.dialect", dialect.dataDialect);
        properties.put("jooq.datasources.default.sql-dialect", dialect.jooqDialect);
        return properties;
    }
}
