package org.barometer.access;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The work factor is configurable within BCrypt's range; a stored hash keeps the cost it was made with. */
class PasswordHasherTest {

    @Test
    void newHashesTakeTheConfiguredCost() {
        assertTrue(new PasswordHasher(12).hash("a password").startsWith("$2a$12$"));
        assertTrue(new PasswordHasher(5).hash("a password").startsWith("$2a$05$"));
    }

    @Test
    void aHashMadeAtAnotherCostIsStillChecked() {
        String made12 = new PasswordHasher(12).hash("the right one");
        PasswordHasher cheaper = new PasswordHasher(4);

        assertTrue(cheaper.matches("the right one", made12));
        assertFalse(cheaper.matches("the wrong one", made12));
    }

    @Test
    void anUnknownAccountNeverMatches() {
        assertFalse(new PasswordHasher(12).matches("anything", null));
        assertFalse(new PasswordHasher(4).matches("anything", null));
    }

    @Test
    void aCostOutsideBcryptsRangeIsRefusedWithTheVariableToFix() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(3));
        assertTrue(low.getMessage().contains("BAROMETER_PASSWORD_COST"), low.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(32));
    }
}
