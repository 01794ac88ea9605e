package org.barometer.respond;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.sql.SQLException;

/**
 * Test-only: a failure no handler of ours knows, on the respondent's side of the service, whose
 * messages carry what a real one might (an answer's comment, a row's id in a database's detail).
 */
@Requires(env = Environment.TEST)
@Controller("/s/test/failure")
@Secured(SecurityRule.IS_ANONYMOUS)
class FailureProbeController {

    static final String COMMENT = "my manager Bob shouts at me";
    static final String ROW_ID = "5f0c7a2e-1d3b-4c8e-9a6f-2b7d4e1c0a99";

    @Post
    String fail() {
        throw new IllegalStateException("Could not store '" + COMMENT + "'", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"response_pkey\"\n  Detail: Key (id)=(" + ROW_ID
                        + ") already exists.", "23505"));
    }
}
