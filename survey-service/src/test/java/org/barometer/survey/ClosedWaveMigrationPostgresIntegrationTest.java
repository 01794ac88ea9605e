package org.barometer.survey;

import org.barometer.testing.TestDatabase;

class ClosedWaveMigrationPostgresIntegrationTest extends ClosedWaveMigrationIntegrationTest {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
