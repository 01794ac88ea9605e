package org.barometer.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.Roles;
import org.barometer.system.ProblemException;

import java.util.UUID;

@Controller("/api/v1")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightController {

    private final WaveResults results;
    private final Trends trends;
    private final WaveComments comments;

    InsightController(WaveResults results, Trends trends, WaveComments comments) {
        this.results = results;
        this.trends = trends;
        this.comments = comments;
    }

    @Get("/waves/{id}/results")
    ResultsView results(UUID id, @Nullable @QueryValue String by) {
        return results.results(id, by);
    }

    /** Closed waves only: an open wave publishes no answer ({@code includeOpen=true} is refused, saying so). */
    @Get("/trends")
    TrendView trends(@Nullable @QueryValue String template, @Nullable @QueryValue String question,
                     @Nullable @QueryValue String by, @Nullable @QueryValue Boolean includeOpen) {
        if (Boolean.TRUE.equals(includeOpen)) {
            throw ProblemException.badRequest("Open waves publish no answers until they close, so trends cover closed "
                    + "waves only: leave out includeOpen.");
        }
        return trends.trend(template, question, by);
    }

    @Get("/waves/{id}/comments")
    CommentsView comments(UUID id, @Nullable @QueryValue String by) {
        return comments.comments(id, by);
    }
}
