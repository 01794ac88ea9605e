package org.barometer.insight;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsAuditPostgresIntegrationTest extends ResultsAuditIntegrationTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
