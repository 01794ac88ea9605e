package org.barometer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Empties every table but the HR users (and the audit log), so each test starts from a known state in a shared context. */
public final class CleanDatabase {

    /**
     * In an order the foreign keys accept; a wave takes its profiles, counts and decisions with it.
     * The ballot box first: a release running meanwhile then finishes before, not after, the responses go.
     */
    private static final String[] TABLES = {"ballot", "response_answer", "response", "outbox_message",
            "invitation_token", "invitation", "wave", "program", "employee_attribute", "employee", "threshold_floor"};

    private CleanDatabase() {
    }

    /** Cleans the database named by a test context's properties (a plain JDBC connection, outside the service). */
    public static void clean(Map<String, String> properties) {
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the files of a folder (the .eml outbox), so a test reads only its own emails. */
    public static void emptyFolder(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException e) {
            // Nothing sent yet: nothing to delete.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
