package org.barometer.survey;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredProfilesPostgresIntegrationTest extends StoredProfilesIntegrationTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
