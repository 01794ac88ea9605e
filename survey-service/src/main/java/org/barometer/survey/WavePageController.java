package org.barometer.survey;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.barometer.access.Roles;
import org.barometer.system.ProblemException;
import org.barometer.web.HrFrame;
import org.barometer.web.PageText;
import org.barometer.web.WholeNumberQuery;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /hr/waves}: create, open and close waves, invite newcomers, and follow the emails going
 * out (the page refreshes itself, without script, while any are pending).
 */
@Controller("/hr/waves")
@Secured({Roles.ADMIN, Roles.HR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class WavePageController {

    static final int REFRESH_SECONDS = 5;
    private static final List<String> DONE = List.of("created", "opened", "closed", "invited");

    private final HrFrame frame;
    private final WaveService waves;
    private final DeliveryProgress delivery;
    private final WaveTotals totals;
    private final QuestionSets sets;
    private final Clock clock;
    private final ZoneId zone;
    private final WaveAudit audit;
    private final ThresholdRange thresholds;

    WavePageController(HrFrame frame, WaveService waves, DeliveryProgress delivery, WaveTotals totals, QuestionSets sets,
                       Clock clock, @Value("${barometer.mail.timezone:Europe/Paris}") String zone, WaveAudit audit,
                       ThresholdRange thresholds) {
        this.frame = frame;
        this.waves = waves;
        this.delivery = delivery;
        this.totals = totals;
        this.sets = sets;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.audit = audit;
        this.thresholds = thresholds;
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> list(HttpRequest<?> request, Authentication user) {
        int count;
        try {
            count = WholeNumberQuery.of("count", request.getParameters().get("count"), 0);
        } catch (ProblemException e) {
            return frame.refusal(request, user, "waves", e);
        }
        ModelAndView<Map<String, Object>> page = page(request, user, Map.of(), null, Map.of());
        // After an action (post/redirect/get), how many people it invited.
        page.getModel().orElseThrow().put("count", count);
        return HttpResponse.ok(page);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication user, @Body Map<String, String> form) {
        WaveForm wave = WaveForm.read(form, zone, clock.instant(), thresholds);
        if (!wave.problems().isEmpty()) {
            return HttpResponse.badRequest(page(request, user, wave.problems(), null, form));
        }
        return act(request, user, "created", () -> {
            audit.created(waves.create(wave.label(), wave.template(), wave.closesAt(), wave.threshold()));
            return 0;
        });
    }

    @Post("/{id}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(HttpRequest<?> request, Authentication user, UUID id) {
        return act(request, user, "opened", () -> {
            int invited = waves.open(id);
            audit.opened(id, invited);
            return invited;
        });
    }

    @Post("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(HttpRequest<?> request, Authentication user, UUID id) {
        return act(request, user, "closed", () -> {
            waves.close(id);
            audit.closed(waves.get(id));
            return 0;
        });
    }

    @Post("/{id}/invite-new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> inviteNew(HttpRequest<?> request, Authentication user, UUID id) {
        return act(request, user, "invited", () -> {
            int invited = waves.inviteNew(id);
            audit.invitedNew(id, invited);
            return invited;
        });
    }

    /** Runs an action and redirects to the list saying what happened, or shows the list with the refusal. */
    private HttpResponse<?> act(HttpRequest<?> request, Authentication user, String done, Action action) {
        try {
            int count = action.run();
            return HttpResponse.seeOther(URI.create("/hr/waves?done=" + done + "&count=" + count));
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(page(request, user, Map.of(), e, Map.of()));
        }
    }

    /** @param problems by field, the key of the text saying what to fix in it */
    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Authentication user, Map<String, String> problems,
                                                   ProblemException refusal, Map<String, String> form) {
        Map<String, Object> model = frame.model(request, user, "waves");
        List<WaveView> all = waves.list().stream().map(this::view).toList();
        boolean sending = all.stream().anyMatch(w -> w.status() == WaveStatus.OPEN && w.emails().pending() > 0);
        model.put("waves", all);
        Map<UUID, String> closesOn = new HashMap<>();
        all.forEach(w -> closesOn.put(w.id(), w.closesAt() == null ? "–"
                : w.closesAt().atZone(zone).toLocalDate().toString()));
        model.put("closesOn", closesOn);
        model.put("sending", sending);
        if (sending) {
            model.put("refreshSeconds", REFRESH_SECONDS);
        }
        model.put("templates", sets.choices((String) model.get("lang")));
        PageText t = (PageText) model.get("t");
        int floor = thresholds.floor();
        model.put("thresholdFloor", floor);
        model.put("thresholdHighest", ThresholdRange.HIGHEST);
        model.put("thresholdUsual", thresholds.usual());
        model.put("problems", problems.values().stream().distinct().map(key -> say(t, key, floor)).toList());
        Map<String, String> fieldErrors = new HashMap<>();
        problems.forEach((field, key) -> fieldErrors.put(field, say(t, key, floor)));
        model.put("fieldErrors", fieldErrors);
        model.put("refusal", refusal == null ? null : refusal.in((String) model.get("lang")));
        model.put("form", form);
        model.put("chosenTemplate", form.getOrDefault("template", WaveService.DEFAULT_TEMPLATE));
        model.put("done", request.getParameters().getFirst("done").filter(DONE::contains).orElse(null));
        return new ModelAndView<>("hr/waves", model);
    }

    /** A problem of the form in the page's words; the threshold's names its range. */
    private static String say(PageText t, String key, int floor) {
        return WaveForm.THRESHOLD_PROBLEM.equals(key) ? t.format2(key, floor, ThresholdRange.HIGHEST) : t.get(key);
    }

    private WaveView view(Wave w) {
        return new WaveView(w.id(), w.label(), w.templateKey(), w.status(), w.anonymityThreshold(), w.closesAt(),
                w.openedAt(), w.closedAt(), waves.invited(w.id()), totals.responded(w), delivery.countsFor(w.id()));
    }

    /** A wave action that answers how many people it invited. */
    @FunctionalInterface
    private interface Action {
        int run();
    }
}
