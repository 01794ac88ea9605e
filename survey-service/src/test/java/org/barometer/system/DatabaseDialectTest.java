package org.barometer.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseDialectTest {

    @ParameterizedTest
    @CsvSource({
            "jdbc:postgresql://db:5432/barometer, POSTGRES, org.postgresql.Driver",
            "JDBC:POSTGRESQL://db/barometer?ssl=true, POSTGRES, org.postgresql.Driver",
            "jdbc:h2:file:./data/barometer;MODE=PostgreSQL, H2, org.h2.Driver",
            "'', H2, org.h2.Driver"})
    void theUrlAloneChoosesDriverAndBothDialects(String url, String dialect, String driver) {
        var properties = DatabaseDialect.propertiesFor(url);

        assertEquals(dialect, properties.get("datasources.default.dialect"));
        assertEquals(dialect, properties.get("jooq.datasources.default.sql-dialect"));
        assertEquals(driver, properties.get("datasources.default.driver-class-name"));
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWithoutEchoingItsPassword() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseDialect.ofUrl("jdbc:mysql://db/x?user=a&password=hunter2"));

        assertFalse(error.getMessage().contains("hunter2"), error.getMessage());
    }
}
