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

import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
class InsightController {

    private final WaveResults results;
    private final Trends trends;
    private final WaveComments comments;
    private final ViewAudit audit;

    InsightController(WaveResults results, Trends trends, WaveComments comments, ViewAudit audit) {
        this.results = results;
        this.trends = trends;
        this.comments = comments;
        this.audit = audit;
    }

    @Get("/waves/{id}/results")
    ResultsView results(UUID id, @Nullable @QueryValue String by) {
        ResultsView view = results.results(id, by);
        audit.wave("results.view", id, by, "GET /api/v1/waves/{id}/results");
        return view;
    }

    /** Closed waves only: an open wave publishes no answer ({@code includeOpen=true} is refused, saying so). */
    @Get("/trends")
    TrendView trends(@Nullable @QueryValue String template, @Nullable @QueryValue String question,
                     @Nullable @QueryValue String by, @Nullable @QueryValue Boolean includeOpen) {
        if (Boolean.TRUE.equals(includeOpen)) {
            throw ProblemException.badRequest("Open waves publish no answers until they close, so trends cover closed "
                    + "waves only: leave out includeOpen.");
        }
        TrendView view = trends.trend(template, question, by);
        audit.trend("results.view", template, question, by, List.of(), "GET /api/v1/trends");
        return view;
    }

    @Get("/waves/{id}/comments")
    CommentsView comments(UUID id, @Nullable @QueryValue String by) {
        CommentsView view = comments.comments(id, by);
        audit.wave("comments.view", id, by, "GET /api/v1/waves/{id}/comments");
        return view;
    }
}
