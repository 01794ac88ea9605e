package org.barometer.respond;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.barometer.system.ApiError;

import java.util.Map;

/** The respondent's JSON door: the same rules as the form, for clients that are not a browser. */
@Controller("/api/v1/responses")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ResponseApiController {

    @Serdeable
    record SubmitRequest(@Nullable String token, @Nullable Object answers, @Nullable String comment) {
    }

    @Serdeable
    record Stored(String status) {
    }

    /**
     * In both languages, as the rate limit's answer: a client that is not a browser sends no
     * language to go by. A closed wave's links are deleted with its invitations (survey.ClosingPurge).
     */
    static final String UNKNOWN_LINK = "No survey matches this link: it is incomplete, or its survey has ended "
            + "(links are forgotten when a survey closes). / Aucune enquête ne correspond à ce lien\u00a0: il est "
            + "incomplet, ou son enquête est terminée (les liens sont oubliés à la clôture d’une enquête).";

    private final Submissions submissions;

    ResponseApiController(Submissions submissions) {
        this.submissions = submissions;
    }

    @Post
    HttpResponse<?> submit(@Body SubmitRequest request) {
        if (request.token() == null || request.token().isBlank()) {
            return HttpResponse.badRequest(ApiError.of("'token' is required: the code at the end of the personal link."));
        }
        if (request.answers() != null && !(request.answers() instanceof Map)) {
            return HttpResponse.badRequest(ApiError.of("'answers' must be an object of question keys and ratings, "
                    + "e.g. {\"stress\": 4, \"clarity\": 2}."));
        }
        Map<?, ?> answers = request.answers() == null ? Map.of() : (Map<?, ?>) request.answers();
        SubmissionOutcome outcome = submissions.submit(request.token(), stringKeys(answers), request.comment());
        if (outcome instanceof SubmissionOutcome.Stored) {
            return HttpResponse.created(new Stored("stored"));
        }
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            return HttpResponse.badRequest(new ApiError("The answer was not stored: " + invalid.problems().size()
                    + " problem(s) to fix.", invalid.problems()));
        }
        SurveyLink link = ((SubmissionOutcome.Refused) outcome).link();
        if (link instanceof SurveyLink.Used) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(ApiError.of("This link has already been used to answer."));
        }
        if (link instanceof SurveyLink.Closed) {
            return HttpResponse.status(HttpStatus.GONE).body(ApiError.of("This survey is closed."));
        }
        return HttpResponse.notFound(ApiError.of(UNKNOWN_LINK));
    }

    private static Map<String, Object> stringKeys(Map<?, ?> answers) {
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        answers.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
