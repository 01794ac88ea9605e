package org.barometer.survey;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.barometer.access.Roles;
import org.barometer.system.ProblemException;
import org.barometer.web.HrFrame;

import java.net.URI;
import java.util.Map;

/** {@code /hr/admin/anonymity}: the admins' page for the floor of the anonymity threshold. */
@Controller("/hr/admin/anonymity")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ThresholdFloorPageController {

    private final HrFrame frame;
    private final ThresholdRange thresholds;

    ThresholdFloorPageController(HrFrame frame, ThresholdRange thresholds) {
        this.frame = frame;
        this.thresholds = thresholds;
    }

    @Get
    ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Authentication user) {
        return page(request, user, null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> set(HttpRequest<?> request, Authentication user, @Body Map<String, String> form) {
        String typed = form.getOrDefault("floor", "").trim();
        try {
            thresholds.setFloor(parse(typed));
        } catch (ProblemException refused) {
            return HttpResponse.status(refused.status()).body(page(request, user, refused, typed));
        }
        return HttpResponse.seeOther(URI.create("/hr/admin/anonymity?done=saved"));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Authentication user, ProblemException refusal,
                                                   String typed) {
        Map<String, Object> model = frame.model(request, user, "anonymity");
        int floor = thresholds.floor();
        model.put("floor", floor);
        model.put("typed", typed == null ? String.valueOf(floor) : typed);
        model.put("lowest", ThresholdRange.LOWEST);
        model.put("highest", ThresholdRange.HIGHEST);
        model.put("error", refusal == null ? null : refusal.in((String) model.get("lang")));
        model.put("done", refusal == null && request.getParameters().contains("done"));
        return new ModelAndView<>("hr/anonymity", model);
    }

    private static int parse(String typed) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw ThresholdRange.badFloor(typed);
        }
    }
}
