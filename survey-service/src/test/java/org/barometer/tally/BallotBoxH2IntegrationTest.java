package org.barometer.tally;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.barometer.testing.TestDatabase;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.List;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BallotBoxH2IntegrationTest extends BallotBoxIntegrationTest {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    List<Integer> inPhysicalOrder() throws SQLException {
        return ranks("SELECT comment_text FROM response ORDER BY _ROWID_");
    }
}
