package org.barometer.respond;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.barometer.system.DatabaseOutage;
import org.barometer.system.SafeFailure;
import org.barometer.templates.Locales;
import org.barometer.web.ReaderLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The respondent's pages: plain HTML forms that work without JavaScript, on any device, in the
 * employee's language with a switch to the other.
 */
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class RespondPageController {

    private static final Logger LOG = LoggerFactory.getLogger(RespondPageController.class);

    private final Submissions submissions;
    private final RespondPages pages;

    RespondPageController(Submissions submissions, RespondPages pages) {
        this.submissions = submissions;
        this.pages = pages;
    }

    @Get("/{token}")
    HttpResponse<ModelAndView<Map<String, Object>>> show(HttpRequest<?> request, String token,
                                                         @Nullable @QueryValue String lang) {
        SurveyLink link;
        try {
            link = submissions.lookup(token);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            // Caught here rather than by the global handler, which cannot tell a respondent's page from
            // another. The invitation's own language is in the database: the link's, else the browser's.
            LOG.warn("Database unavailable, survey link not shown (503): {}", SafeFailure.describe(e));
            return pages.linkUnavailable(ReaderLanguage.of(request));
        }
        return pages.forLink(link, lang);
    }

    @Post("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(String token, @Body Map<String, String> form) {
        Map<String, String> answers = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("q.")) {
                answers.put(name.substring(2), value);
            }
        });
        String lang = form.get("lang");
        SubmissionOutcome outcome;
        try {
            outcome = submissions.submit(token, answers, form.get("comment"));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            // Caught here rather than by the global handler: only here are the language and the answers known.
            LOG.warn("Database unavailable, answer not stored (503): {}", SafeFailure.describe(e));
            return pages.unavailable(lang, answers, form.get("comment"));
        }
        if (outcome instanceof SubmissionOutcome.Stored) {
            // Post/redirect/get: a reload of the thank-you page cannot post twice, and its URL holds no token.
            return HttpResponse.seeOther(URI.create("/s/thanks?lang=" + RespondPages.language(lang, Locales.FALLBACK)));
        }
        if (outcome instanceof SubmissionOutcome.Invalid invalid) {
            return pages.invalid(invalid, lang, answers, form.get("comment"));
        }
        return pages.forLink(((SubmissionOutcome.Refused) outcome).link(), lang);
    }

    @Get("/thanks")
    ModelAndView<Map<String, Object>> thanks(@Nullable @QueryValue String lang) {
        return pages.message("thanks", lang);
    }

    static HttpStatus statusOf(SurveyLink link) {
        if (link instanceof SurveyLink.Unknown) {
            return HttpStatus.NOT_FOUND;
        }
        if (link instanceof SurveyLink.Closed) {
            return HttpStatus.GONE;
        }
        if (link instanceof SurveyLink.Used) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.OK;
    }
}
