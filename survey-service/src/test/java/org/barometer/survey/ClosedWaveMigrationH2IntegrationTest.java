package org.barometer.survey;

import org.barometer.testing.TestDatabase;

class ClosedWaveMigrationH2IntegrationTest extends ClosedWaveMigrationIntegrationTest {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
