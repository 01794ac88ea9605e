package org.barometer.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.barometer.system.ProblemException;
import org.barometer.web.HrFrame;
import org.barometer.web.WholeNumberQuery;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The administrators' pages: accounts and the audit log. Plain forms, post/redirect/get. */
@Controller("/hr/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class AdminPagesController {

    private static final int AUDIT_PAGE = 50;

    private final UserAdmin admin;
    private final AuditRepository log;
    private final AccessTexts texts;
    private final HrFrame frame;

    AdminPagesController(UserAdmin admin, AuditRepository log, AccessTexts texts, HrFrame frame) {
        this.admin = admin;
        this.log = log;
        this.texts = texts;
        this.frame = frame;
    }

    @Get("/users")
    ModelAndView<Map<String, Object>> users(HttpRequest<?> request, Authentication me, @Nullable @QueryValue String done) {
        return usersPage(request, me, null, done);
    }

    @Post("/users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form, Authentication me) {
        return act(request, me, form, () -> admin.create(form.get("email"), form.get("role"), form.get("password")), "created");
    }

    @Post("/users/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, UUID id, String action, @Body Map<String, String> form,
                           Authentication me) {
        Supplier<UserView> change = switch (action) {
            case "disable" -> () -> admin.setDisabled(id, true, me.getName());
            case "enable" -> () -> admin.setDisabled(id, false, me.getName());
            case "role" -> () -> admin.changeRole(id, form.get("role"), me.getName());
            case "password" -> () -> admin.resetPassword(id, form.get("password"));
            default -> throw ProblemException.notFound("No such account action: " + action + ".");
        };
        return act(request, me, form, change, action);
    }

    @Get("/audit")
    HttpResponse<ModelAndView<Map<String, Object>>> audit(HttpRequest<?> request, Authentication me,
                                                          @Nullable @QueryValue String page) {
        int number;
        try {
            number = WholeNumberQuery.of("page", page, 0);
        } catch (ProblemException refused) {
            return frame.refusal(request, me, "audit", refused);
        }
        Map<String, Object> model = frame(request, me, "audit");
        Page<AuditEntry> entries = log.findAll(Pageable.from(number, AUDIT_PAGE, Sort.of(Sort.Order.desc("id"))));
        model.put("entries", entries.getContent());
        model.put("page", entries.getPageNumber());
        model.put("hasNext", entries.getPageNumber() + 1 < entries.getTotalPages());
        return HttpResponse.ok(new ModelAndView<>("access/audit", model));
    }

    /** Runs a change; on success back to the list (303), on a refusal the list again with the reason (400/404/409). */
    private HttpResponse<?> act(HttpRequest<?> request, Authentication me, Map<String, String> form,
                                Supplier<UserView> change, String done) {
        String lang = form.get("lang");
        try {
            change.get();
        } catch (ProblemException refused) {
            return HttpResponse.status(refused.status()).body(usersPage(request, me, refused.getMessage(), null));
        }
        String langQuery = lang != null && lang.matches("[a-z]{2}") ? "&lang=" + lang : "";
        return HttpResponse.seeOther(URI.create("/hr/admin/users?done=" + done + langQuery));
    }

    private ModelAndView<Map<String, Object>> usersPage(HttpRequest<?> request, Authentication me,
                                                        @Nullable String error, @Nullable String done) {
        Map<String, Object> model = frame(request, me, "users");
        model.put("users", admin.list());
        model.put("roles", new String[]{Roles.ADMIN, Roles.HR, Roles.VIEWER});
        model.put("minPassword", UserAdmin.MIN_PASSWORD);
        model.put("error", error);
        model.put("done", done != null && done.matches("[a-z]+") ? done : null);
        return new ModelAndView<>("access/users", model);
    }

    /**
     * The dashboard's layout (menu, language switch, sign-out) around the page; the page's own
     * texts, from this package's bundle, as {@code a}, in the layout's language.
     */
    private Map<String, Object> frame(HttpRequest<?> request, Authentication me, String page) {
        Map<String, Object> model = frame.model(request, me, page);
        model.put("a", texts.model((String) model.get("lang")).get("t"));
        return model;
    }
}
