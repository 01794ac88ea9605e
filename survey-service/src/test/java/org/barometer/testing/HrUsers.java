package org.barometer.testing;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Dashboard users other than the bootstrap admin, written straight to the database of a test context. */
public final class HrUsers {

    public static final String PASSWORD = "another correct horse battery";

    private HrUsers() {
    }

    /** Adds (or replaces) a user with {@link #PASSWORD} and {@code role} (ADMIN, HR or VIEWER). */
    public static void add(Map<String, String> properties, String email, String role) {
        // Cost 4: the lowest BCrypt allows, so the test does not wait on hashing.
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        try (Connection c = Jdbc.connect(properties);
             PreparedStatement delete = c.prepareStatement("DELETE FROM hr_user WHERE email = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO hr_user (id, email, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)")) {
            delete.setString(1, email);
            delete.executeUpdate();
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, email);
            insert.setString(3, hash);
            insert.setString(4, role);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
