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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** {@code /hr/programs}: create and change the recurring barometers, pause and resume them. */
@Controller("/hr/programs")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ProgramPageController {

    private static final List<String> DONE = List.of("created", "saved", "paused", "resumed");

    private final HrFrame frame;
    private final ProgramService programs;
    private final QuestionSets sets;
    private final ProgramAudit audit;
    private final ThresholdRange thresholds;

    ProgramPageController(HrFrame frame, ProgramService programs, QuestionSets sets, ProgramAudit audit,
                          ThresholdRange thresholds) {
        this.frame = frame;
        this.programs = programs;
        this.sets = sets;
        this.audit = audit;
        this.thresholds = thresholds;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, Authentication user) {
        return page(request, user, null, Map.of(), null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication user, @Body Map<String, String> form) {
        return act(request, user, "created", form, null, () -> {
            ProgramView created = programs.create(ProgramForm.read(form));
            audit.created(created);
            return created;
        });
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication user, UUID id, @Body Map<String, String> form) {
        return act(request, user, "saved", form, id, () -> {
            ProgramSettings changes = ProgramForm.read(form);
            ProgramView updated = programs.update(id, changes);
            audit.updated(updated, changes);
            return updated;
        });
    }

    @Post("/{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pause(HttpRequest<?> request, Authentication user, UUID id) {
        return act(request, user, "paused", Map.of(), null, () -> {
            ProgramView paused = programs.pause(id);
            audit.paused(paused);
            return paused;
        });
    }

    @Post("/{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resume(HttpRequest<?> request, Authentication user, UUID id) {
        return act(request, user, "resumed", Map.of(), null, () -> {
            ProgramView resumed = programs.resume(id);
            audit.resumed(resumed);
            return resumed;
        });
    }

    private HttpResponse<?> act(HttpRequest<?> request, Authentication user, String done, Map<String, String> form,
                                UUID editing, Supplier<ProgramView> action) {
        try {
            action.get();
            return HttpResponse.seeOther(URI.create("/hr/programs?done=" + done));
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(page(request, user, e, form, editing));
        }
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Authentication user, ProblemException refusal,
                                                   Map<String, String> form, UUID editing) {
        Map<String, Object> model = frame.model(request, user, "programs");
        model.put("programs", programs.list());
        model.put("templates", sets.choices((String) model.get("lang")));
        model.put("openOns", Arrays.stream(OpenOn.values()).map(Enum::name).toList());
        model.put("thresholdFloor", thresholds.floor());
        model.put("thresholdHighest", ThresholdRange.HIGHEST);
        model.put("thresholdUsual", thresholds.usual());
        model.put("refusal", refusal == null ? null : refusal.in((String) model.get("lang")));
        // Each field the refusal names says its own problem beside it, too.
        Map<String, String> fieldErrors = new HashMap<>();
        if (refusal != null) {
            refusal.errors().stream().filter(ProgramRules.FieldProblem.class::isInstance)
                    .map(ProgramRules.FieldProblem.class::cast)
                    .forEach(p -> fieldErrors.putIfAbsent(p.field(), p.text().in((String) model.get("lang"))));
        }
        model.put("fieldErrors", fieldErrors);
        model.put("form", form);
        model.put("editing", editing);
        model.put("done", request.getParameters().getFirst("done").filter(DONE::contains).orElse(null));
        return new ModelAndView<>("hr/programs", model);
    }
}
