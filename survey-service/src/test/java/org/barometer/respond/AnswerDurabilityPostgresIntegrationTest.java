package org.barometer.respond;

import org.barometer.testing.DiskDatabase;

class AnswerDurabilityPostgresIntegrationTest extends AnswerDurabilityIntegrationTest {

    @Override
    DiskDatabase database() {
        return DiskDatabase.POSTGRES;
    }
}
