package org.barometer.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.barometer.access.Roles;
import org.barometer.survey.Wave;
import org.barometer.system.ProblemException;
import org.barometer.web.HrFrame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The results pages of the HR dashboard; each shows what the JSON API shows, in words and tables.
 * Each page shown for a wave is in the audit log ({@link ViewAudit}): the comments page as
 * {@code comments.view}, the others as {@code results.view}.
 */
@Controller("/hr")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ResultPagesController {

    private final HrFrame frame;
    private final WaveChoice choice;
    private final OverviewPage overview;
    private final TrendsPage trends;
    private final HeatmapPage heatmap;
    private final DistributionPage distribution;
    private final CommentsPage comments;
    private final ViewAudit audit;

    ResultPagesController(HrFrame frame, WaveChoice choice, OverviewPage overview, TrendsPage trends,
                          HeatmapPage heatmap, DistributionPage distribution, CommentsPage comments, ViewAudit audit) {
        this.frame = frame;
        this.choice = choice;
        this.overview = overview;
        this.trends = trends;
        this.heatmap = heatmap;
        this.distribution = distribution;
        this.comments = comments;
        this.audit = audit;
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> overview(HttpRequest<?> request, Authentication user,
                                               @Nullable @QueryValue String wave) {
        return page(request, user, "overview", wave, model -> {
            overview.fill(model, wave(model), lang(model));
            // The report's breakdown: by team unless chosen otherwise, as the report itself.
            model.put("reportByOptions", choice.attributes(wave(model), "team"));
        });
    }

    @Get("/trends")
    HttpResponse<ModelAndView<Map<String, Object>>> trends(HttpRequest<?> request, Authentication user, @Nullable @QueryValue String wave,
                                             @Nullable @QueryValue String question, @Nullable @QueryValue String by,
                                             @Nullable @QueryValue List<String> segments) {
        List<String> chosen = segments == null ? List.of() : segments;
        return page(request, user, "trends", wave, model -> {
            trends.fill(model, wave(model), question, by, chosen, lang(model));
            model.put("byOptions", choice.attributes(wave(model), (String) model.get("by")));
        });
    }

    @Get("/heatmap")
    HttpResponse<ModelAndView<Map<String, Object>>> heatmap(HttpRequest<?> request, Authentication user,
                                              @Nullable @QueryValue String wave, @Nullable @QueryValue String by) {
        return page(request, user, "heatmap", wave, model -> {
            heatmap.fill(model, wave(model), by, lang(model));
            model.put("byOptions", choice.attributes(wave(model), (String) model.get("by")));
        });
    }

    @Get("/distribution")
    HttpResponse<ModelAndView<Map<String, Object>>> distribution(HttpRequest<?> request, Authentication user,
                                                   @Nullable @QueryValue String wave) {
        return page(request, user, "distribution", wave, model -> distribution.fill(model, wave(model), lang(model)));
    }

    @Get("/comments")
    HttpResponse<ModelAndView<Map<String, Object>>> comments(HttpRequest<?> request, Authentication user,
                                               @Nullable @QueryValue String wave, @Nullable @QueryValue String by,
                                               @Nullable @QueryValue String q) {
        return page(request, user, "comments", wave, model -> {
            comments.fill(model, wave(model), by, q);
            model.put("byOptions", choice.attributes(wave(model), (String) model.get("by")));
        });
    }

    /**
     * The frame, the wave picker, and the page's own content when a wave has opened; or, for a
     * query the page cannot show (a wave id that is none, a {@code by} that is no attribute), the
     * dashboard's refusal page ({@link HrFrame#refusal}).
     */
    private HttpResponse<ModelAndView<Map<String, Object>>> page(HttpRequest<?> request, Authentication user,
                                                                 String name, String waveId,
                                                                 Consumer<Map<String, Object>> content) {
        Map<String, Object> model = frame.model(request, user, name);
        try {
            Optional<Wave> chosen = choice.chosen(waveId);
            model.put("wave", chosen.orElse(null));
            chosen.ifPresent(w -> {
                model.put("waveOptions", choice.options(w));
                content.accept(model);
                // The overview's groups are the teams (participation); the other pages say their own.
                String by = "overview".equals(name) ? "team" : (String) model.get("by");
                audit.wave("comments".equals(name) ? "comments.view" : "results.view", w.id(), by,
                        "GET " + ("overview".equals(name) ? "/hr" : "/hr/" + name));
            });
            return HttpResponse.ok(new ModelAndView<>("hr/" + name, model));
        } catch (ProblemException e) {
            return frame.refusal(request, user, name, e);
        }
    }

    private static Wave wave(Map<String, Object> model) {
        return (Wave) model.get("wave");
    }

    private static String lang(Map<String, Object> model) {
        return (String) model.get("lang");
    }
}
