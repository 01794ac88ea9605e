package org.barometer.respond;

import org.barometer.testing.DiskDatabase;

/** The embedded default: H2 in a file, with the URL options of application.yml. */
class AnswerDurabilityH2IntegrationTest extends AnswerDurabilityIntegrationTest {

    @Override
    DiskDatabase database() {
        return DiskDatabase.H2_FILE;
    }
}
