package org.barometer.privacy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionPostgresIntegrationTest extends RetentionIntegrationTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
